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
}
