namespace Breakout.Soap.Operations;

/// <summary>
/// An operation that answers each item of its batch on its own, and lets a watching host answer chosen items itself
/// (<see cref="OperationContext.ItemFaults"/>, through <see cref="InjectedItemErrors"/>).
/// </summary>
public interface IBatchOperation : IOperation;
