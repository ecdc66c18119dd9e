using Dashboard.Store.Ingest;

namespace Dashboard.Store.Tests.Ingest;

public sealed class OrderedWorkTests
{
    private static List<int> TakeAll(OrderedWork<int, int> work)
    {
        var results = new List<int>();
        while (work.Take(out var result))
        {
            results.Add(result);
        }

        return results;
    }

    [Fact]
    public void Take_WorkOfUnequalLengthOnSeveralThreads_ResultsInTheOrderOfTheItems()
    {
        // Early items take longest, so later ones finish first.
        using var work = new OrderedWork<int, int>(Enumerable.Range(0, 40), i =>
        {
            Thread.Sleep((40 - i) % 7);
            return i * 10;
        }, workers: 4, capacity: 8);

        Assert.Equal(Enumerable.Range(0, 40).Select(i => i * 10), TakeAll(work));
    }

    [Fact]
    public void Take_SeveralWorkers_ItemsRunAtTheSameTime()
    {
        // The first two items wait for each other (up to 10 s): on several workers they meet at once; done one at a time,
        // the first waits out the 10 s alone. No sleep decides it, so a loaded machine cannot make it fail.
        var running = 0;
        var most = 0;
        using var both = new CountdownEvent(2);
        using var work = new OrderedWork<int, int>(Enumerable.Range(0, 12), i =>
        {
            var now = Interlocked.Increment(ref running);
            InterlockedMax(ref most, now);
            if (i < 2)
            {
                both.Signal();
                both.Wait(TimeSpan.FromSeconds(10));
            }

            Interlocked.Decrement(ref running);
            return i;
        }, workers: 3, capacity: 12);

        TakeAll(work);

        Assert.True(most >= 2, $"at most {most} item(s) ran at once");
    }

    [Fact]
    public void Take_ReaderWaits_WorkRunsNoMoreThanCapacityAhead()
    {
        var started = 0;
        using var work = new OrderedWork<int, int>(Enumerable.Range(0, 100), i =>
        {
            Interlocked.Increment(ref started);
            return i;
        }, workers: 2, capacity: 5);

        // Wait for the workers to start (a loaded machine may take a while), then give them time to run ahead.
        Assert.True(SpinWait.SpinUntil(() => Volatile.Read(ref started) > 0, TimeSpan.FromSeconds(10)), "no work started");
        Thread.Sleep(200);

        Assert.InRange(Volatile.Read(ref started), 1, 6);
        Assert.Equal(Enumerable.Range(0, 100), TakeAll(work));
    }

    [Fact]
    public void Take_WorkThrowsForOneItem_ThrownAtThatItemsTurnAfterTheEarlierResults()
    {
        using var work = new OrderedWork<int, int>(Enumerable.Range(0, 5), i => i == 3 ? throw new InvalidOperationException("item 3") : i, workers: 2, capacity: 5);
        var results = new List<int>();

        var error = Assert.Throws<InvalidOperationException>(() =>
        {
            while (work.Take(out var result))
            {
                results.Add(result);
            }
        });

        Assert.Equal("item 3", error.Message);
        Assert.Equal([0, 1, 2], results);
    }

    [Fact]
    public void Take_EnumerationThrows_ThrownAfterTheItemsBeforeIt()
    {
        static IEnumerable<int> Items()
        {
            yield return 1;
            yield return 2;
            throw new IOException("the source broke");
        }

        using var work = new OrderedWork<int, int>(Items(), i => i, workers: 2, capacity: 4);
        var results = new List<int>();

        var error = Assert.Throws<IOException>(() =>
        {
            while (work.Take(out var result))
            {
                results.Add(result);
            }
        });

        Assert.Equal("the source broke", error.Message);
        Assert.Equal([1, 2], results);
    }

    [Fact]
    public void Dispose_ReaderStopsEarly_TheThreadsEndAndNoMoreWorkRuns()
    {
        var started = 0;
        var work = new OrderedWork<int, int>(Enumerable.Range(0, 10_000), i =>
        {
            Interlocked.Increment(ref started);
            return i;
        }, workers: 2, capacity: 4);
        Assert.True(work.Take(out _));

        work.Dispose();
        var after = Volatile.Read(ref started);
        Thread.Sleep(100);

        Assert.Equal(after, Volatile.Read(ref started));
        Assert.True(after < 100, $"{after} items ran");
    }

    [Fact]
    public void Dispose_RightAfterTheLastItem_EndsQuietlyEvenWithIdleWorkers()
    {
        // Eight workers for one item: most have not started when the reader is done and disposes.
        for (var round = 0; round < 200; round++)
        {
            var work = new OrderedWork<int, int>([round], i => i, workers: 8, capacity: 2);
            Assert.True(work.Take(out var only));
            Assert.Equal(round, only);
            Assert.False(work.Take(out _));

            work.Dispose();
        }
    }

    private static void InterlockedMax(ref int target, int value)
    {
        int current;
        while ((current = Volatile.Read(ref target)) < value && Interlocked.CompareExchange(ref target, value, current) != current)
        {
        }
    }
}
