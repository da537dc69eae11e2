using ContentOps.Core.Api;

namespace ContentOps.Operator.Controller;

/// <summary>
/// Callers of <see cref="WorkQueue.GetAsync"/> parked until a key is ready, first come first served.
/// A key is handed to a waiter directly, so it can never be claimed by two callers.
/// </summary>
internal sealed class KeyWaiters(Lock gate)
{
    private readonly LinkedList<TaskCompletionSource<ResourceKey?>> _waiting = new();

    /// <summary>Whether anyone waits; call under the gate.</summary>
    public bool Any => _waiting.Count > 0;

    /// <summary>Parks a caller; call under the gate, then <see cref="ListenForCancellation"/> outside it.</summary>
    public LinkedListNode<TaskCompletionSource<ResourceKey?>> Park()
    {
        // Continuations must not run inline: the queue completes waiters while holding its lock.
        var waiter = new TaskCompletionSource<ResourceKey?>(TaskCreationOptions.RunContinuationsAsynchronously);
        return _waiting.AddLast(waiter);
    }

    /// <summary>
    /// Cancels the parked caller when <paramref name="cancellationToken"/> fires, unless it has been handed a key
    /// already; registered outside the gate because an already cancelled token runs the callback inline.
    /// </summary>
    public CancellationTokenRegistration ListenForCancellation(
        LinkedListNode<TaskCompletionSource<ResourceKey?>> node, CancellationToken cancellationToken) =>
        cancellationToken.Register(() =>
        {
            lock (gate)
            {
                // Still listed means no key was handed over; once unlisted the key belongs to the caller.
                if (node.List is null)
                {
                    return;
                }

                _waiting.Remove(node);
            }

            node.Value.TrySetCanceled(cancellationToken);
        });

    /// <summary>Hands <paramref name="key"/> to the longest waiting caller; call under the gate.</summary>
    public void HandOver(ResourceKey key)
    {
        var first = _waiting.First!;
        _waiting.RemoveFirst();
        first.Value.SetResult(key);
    }

    /// <summary>Tells every waiting caller the queue is shut down; call under the gate.</summary>
    public void ReleaseAll()
    {
        while (_waiting.First is { } first)
        {
            _waiting.RemoveFirst();
            first.Value.SetResult(null);
        }
    }
}
