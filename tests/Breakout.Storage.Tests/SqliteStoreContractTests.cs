namespace Breakout.Storage.Tests;

/// <summary>The store contract on the SQLite store (a temp file).</summary>
public sealed class SqliteStoreContractTests(SqliteStoreFixture fixture) : StoreContractTests(fixture), IClassFixture<SqliteStoreFixture>;
