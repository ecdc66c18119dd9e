using System.Runtime.ExceptionServices;
using System.Threading.Channels;

namespace Dashboard.Store.Ingest;

/// <summary>
/// Runs a function over a sequence on several threads and hands the results back in the order of the sequence, at most
/// <c>capacity</c> items ahead of the reader. What the function throws is thrown again to the reader at that item's
/// turn; disposing stops the work and waits for the threads.
/// </summary>
internal sealed class OrderedWork<TIn, TOut> : IDisposable
{
    private readonly Channel<TaskCompletionSource<TOut>> _slots;
    private readonly Channel<(TIn Item, TaskCompletionSource<TOut> Slot)> _queue = Channel.CreateUnbounded<(TIn, TaskCompletionSource<TOut>)>();
    private readonly CancellationTokenSource _stop = new();
    private readonly Task[] _threads;
    private ExceptionDispatchInfo? _enumerationFailure;

    public OrderedWork(IEnumerable<TIn> items, Func<TIn, TOut> work, int workers, int capacity)
    {
        ArgumentNullException.ThrowIfNull(items);
        ArgumentNullException.ThrowIfNull(work);
        ArgumentOutOfRangeException.ThrowIfLessThan(workers, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(capacity, 1);
        _slots = Channel.CreateBounded<TaskCompletionSource<TOut>>(capacity);
        var token = _stop.Token;
        _threads = new Task[workers + 1];
        // The threads are started without the token: each one watches it itself and ends quietly. Given to StartNew, a
        // thread not yet started when Dispose cancels (the others did all the work) ended as cancelled, and Dispose threw.
        _threads[0] = Task.Factory.StartNew(() => Dispatch(items, token), CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);
        for (var i = 1; i <= workers; i++)
        {
            _threads[i] = Task.Factory.StartNew(() => Work(work, token), CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);
        }
    }

    /// <summary>The next result, waiting for it; false when every item has been handed back.</summary>
    public bool Take(out TOut result)
    {
        if (!_slots.Reader.WaitToReadAsync().AsTask().GetAwaiter().GetResult() || !_slots.Reader.TryRead(out var slot))
        {
            _enumerationFailure?.Throw();
            result = default!;
            return false;
        }

        result = slot.Task.GetAwaiter().GetResult();
        return true;
    }

    /// <summary>The next result only if it is ready now.</summary>
    public bool TryTakeReady(out TOut result)
    {
        if (_slots.Reader.TryPeek(out var next) && next.Task.IsCompleted && _slots.Reader.TryRead(out var slot))
        {
            result = slot.Task.GetAwaiter().GetResult();
            return true;
        }

        result = default!;
        return false;
    }

    private void Dispatch(IEnumerable<TIn> items, CancellationToken token)
    {
        try
        {
            foreach (var item in items)
            {
                var slot = new TaskCompletionSource<TOut>(TaskCreationOptions.RunContinuationsAsynchronously);
                // The bounded slots hold the reader back from running ahead; the queue is never longer than they are.
                _slots.Writer.WriteAsync(slot, token).AsTask().GetAwaiter().GetResult();
                _queue.Writer.TryWrite((item, slot));
            }
        }
        catch (OperationCanceledException) when (token.IsCancellationRequested)
        {
            // Stopped by Dispose.
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            _enumerationFailure = ExceptionDispatchInfo.Capture(e);
        }
        finally
        {
            _queue.Writer.TryComplete();
            _slots.Writer.TryComplete();
        }
    }

    private void Work(Func<TIn, TOut> work, CancellationToken token)
    {
        try
        {
            while (_queue.Reader.WaitToReadAsync(token).AsTask().GetAwaiter().GetResult())
            {
                while (_queue.Reader.TryRead(out var next))
                {
                    try
                    {
                        next.Slot.SetResult(work(next.Item));
                    }
                    catch (Exception e) when (e is not OutOfMemoryException)
                    {
                        next.Slot.SetException(e);
                    }
                }
            }
        }
        catch (OperationCanceledException) when (token.IsCancellationRequested)
        {
            // Stopped by Dispose.
        }
    }

    public void Dispose()
    {
        _stop.Cancel();
        Task.WaitAll(_threads);
        _stop.Dispose();
    }
}
