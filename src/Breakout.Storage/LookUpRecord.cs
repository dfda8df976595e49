namespace Breakout.Storage;

/// <summary>One <c>LookUp</c> of DescribeGlobal: its <c>Type</c> (a custom field's category, <c>ContactCustomField</c>), <c>Id</c>, <c>Name</c> and <c>Code</c>.</summary>
public sealed record LookUpRecord(string Type, string Id, string Name, string Code);
