using System.Collections.Concurrent;
using System.Reflection;
using Breakout.Storage;

namespace Breakout.Bench;

/// <summary>
/// Presents an <see cref="InMemoryStore"/> as an <see cref="IBreakoutStore"/> by matching methods by name and
/// parameter types. The interface grows with every new operation; the bench only needs the SessionRegAction path,
/// and a proxy keeps it compiling. Members the in-memory store lacks throw <see cref="NotSupportedException"/>.
/// </summary>
/// <remarks>Not sealed and public-constructible because <see cref="DispatchProxy"/> derives a type from it.</remarks>
public class InMemoryStoreProxy : DispatchProxy
{
    private static readonly ConcurrentDictionary<MethodInfo, MethodInfo?> Methods = new();
    private object? target;

    /// <summary>An <see cref="IBreakoutStore"/> backed by a new in-memory store.</summary>
    public static IBreakoutStore Create(TimeProvider time)
    {
        var store = Create<IBreakoutStore, InMemoryStoreProxy>();
        ((InMemoryStoreProxy)(object)store).target = new InMemoryStore(time);
        return store;
    }

    protected override object? Invoke(MethodInfo? targetMethod, object?[]? args)
    {
        ArgumentNullException.ThrowIfNull(targetMethod);
        var implementation = Methods.GetOrAdd(targetMethod, m =>
            typeof(InMemoryStore).GetMethod(m.Name, [.. m.GetParameters().Select(p => p.ParameterType)]));
        if (implementation is null)
        {
            throw new NotSupportedException($"The bench in-memory store does not implement {targetMethod.Name}.");
        }

        try
        {
            return implementation.Invoke(target, args);
        }
        catch (TargetInvocationException ex) when (ex.InnerException is not null)
        {
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(ex.InnerException);
            throw;
        }
    }
}
