using Breakout.Cli.Import;

namespace Breakout.Cli.Tests.Import;

public sealed class CsvTests
{
    [Fact]
    public async Task Read_HandlesQuotesCommasLineBreaksAndCrLf()
    {
        var text = "a,b,c\r\n\"x, y\",\"say \"\"hi\"\"\",\"two\nlines\"\r\n\r\nlast,,\n";

        var records = new List<IReadOnlyList<string>>();
        await foreach (var record in Csv.ReadAsync(new StringReader(text)))
        {
            records.Add(record);
        }

        Assert.Equal(4, records.Count);
        Assert.Equal(["a", "b", "c"], records[0]);
        Assert.Equal(["x, y", "say \"hi\"", "two\nlines"], records[1]);
        Assert.Empty(records[2]);
        Assert.Equal(["last", "", ""], records[3]);
    }

    [Fact]
    public async Task Line_RoundTripsThroughRead()
    {
        string[] fields = ["plain", "with,comma", "with \"quote\"", " padded ", ""];

        var records = new List<IReadOnlyList<string>>();
        await foreach (var record in Csv.ReadAsync(new StringReader(Csv.Line(fields) + "\n")))
        {
            records.Add(record);
        }

        Assert.Equal(fields, Assert.Single(records));
    }

    [Fact]
    public async Task Read_OfAnUnclosedQuote_IsAFormatError()
    {
        await Assert.ThrowsAsync<FormatException>(async () =>
        {
            await foreach (var _ in Csv.ReadAsync(new StringReader("a,\"b\n")))
            {
            }
        });
    }

    [Theory]
    [InlineData("id,title;x", ',')]
    [InlineData("id;title;status", ';')]
    [InlineData("id\ttitle\tstatus", '\t')]
    [InlineData("\"a,b\";c", ';')]
    [InlineData("id", ',')]
    public void DetectDelimiter_PrefersACommaOutsideQuotes_ElseTheCommonestOther(string header, char expected) =>
        Assert.Equal(expected, Csv.DetectDelimiter(header));

    [Fact]
    public async Task Read_WithASemicolonDelimiter_KeepsCommasInFields()
    {
        var records = new List<IReadOnlyList<string>>();
        await foreach (var record in Csv.ReadAsync(new StringReader("a;b,c;\"d;e\"\n"), ';'))
        {
            records.Add(record);
        }

        Assert.Equal(["a", "b,c", "d;e"], Assert.Single(records));
    }
}
