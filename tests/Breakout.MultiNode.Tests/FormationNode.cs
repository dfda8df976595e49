namespace Breakout.MultiNode.Tests;

/// <summary>One PostgreSQL data node of an <see cref="AutoFailoverFormation"/>: its pg_auto_failover name, port and data folder.</summary>
public sealed record FormationNode(string Name, int Port, string Data);
