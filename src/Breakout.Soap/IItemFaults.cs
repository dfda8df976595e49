using Breakout.Domain;

namespace Breakout.Soap;

/// <summary>
/// Per-item answers a host watching calls injects (the test double's <c>itemError</c> fault rules): an item it answers
/// is not run and gets that error as its result; the call's other items run as usual. Only operations marked
/// <see cref="Operations.IBatchOperation"/> ask.
/// </summary>
public interface IItemFaults
{
    /// <summary>The error to answer the item with instead of running it, or null to run it.</summary>
    /// <param name="fields">
    /// The item's fields by name (any case): its own attributes (<c>Id</c>, <c>ConfirmationNumber</c>,
    /// <c>MessageId</c>) and its call's (<c>ProductId</c>, and the like).
    /// </param>
    CventError? Answer(IReadOnlyDictionary<string, string?> fields);
}
