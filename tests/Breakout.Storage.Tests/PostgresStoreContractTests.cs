namespace Breakout.Storage.Tests;

/// <summary>The store contract on the PostgreSQL store (a fresh database on the test server).</summary>
public sealed class PostgresStoreContractTests(PostgresStoreFixture fixture) : StoreContractTests(fixture), IClassFixture<PostgresStoreFixture>;
