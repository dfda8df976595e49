namespace Breakout.Domain.Tests;

public sealed class RandomGuidTests
{
    [Fact]
    public void RandomGuids_AreVersion4WithTheRfcVariant_AsGuidNewGuidMakesThem()
    {
        // More than one refill of the per-thread buffer.
        foreach (var guid in Enumerable.Range(0, 200).Select(_ => RandomGuid.Next()))
        {
            var text = guid.ToString("D");
            Assert.Equal('4', text[14]);
            Assert.Contains(text[19], "89ab");
        }
    }

    [Fact]
    public void RandomGuids_AreAllDifferent_AcrossRefillsAndThreads()
    {
        var guids = new System.Collections.Concurrent.ConcurrentBag<Guid>();
        Parallel.For(0, 8, _ =>
        {
            for (var i = 0; i < 1000; i++)
            {
                guids.Add(RandomGuid.Next());
            }
        });

        Assert.Equal(8000, guids.Distinct().Count());
        Assert.DoesNotContain(Guid.Empty, guids);
    }
}
