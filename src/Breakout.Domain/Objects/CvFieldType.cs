namespace Breakout.Domain.Objects;

/// <summary>Data type of a <see cref="CvField"/>, as DescribeCvObject reports it and as Search compares it.</summary>
public enum CvFieldType
{
    /// <summary>Text; <see cref="CvField.MaxLength"/> bounds it. DescribeCvObject: <c>string</c>.</summary>
    String,

    /// <summary>A GUID ID (upper-case text). DescribeCvObject: <c>string</c>.</summary>
    Id,

    /// <summary><c>true</c>/<c>false</c>. DescribeCvObject: <c>Boolean</c>.</summary>
    Boolean,

    /// <summary>A date and time without offset, <c>2019-01-02T08:47:21</c> (UTC). DescribeCvObject: <c>Date Time</c>.</summary>
    DateTime,

    /// <summary>A 32-bit integer. DescribeCvObject: <c>Integer</c>.</summary>
    Integer,

    /// <summary>A double. DescribeCvObject: <c>Double</c>.</summary>
    Double,

    /// <summary>
    /// An amount of money, <c>s:decimal</c> in the WSDL (Transaction's <c>Amount</c>; Cvent's guide types it "Money").
    /// A <see cref="decimal"/> of at most four places (<see cref="Money"/>), stored as whole ten-thousandths and compared
    /// exactly, written with at least two decimals (<c>150.00</c>). DescribeCvObject: <c>Decimal</c>.
    /// </summary>
    Decimal,
}
