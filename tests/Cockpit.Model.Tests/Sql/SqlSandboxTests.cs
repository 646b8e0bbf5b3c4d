using Cockpit.Model.Sql;
using Cockpit.Model.Store;
using Cockpit.Testing;
using DuckDB.NET.Data;

namespace Cockpit.Model.Tests.Sql;

/// <summary>
/// The layers under the parser check, each on its own: even a statement that got past <see cref="SqlSandbox.Check"/>
/// meets a locked-down DuckDB instance and a read-only transaction.
/// </summary>
public class SqlSandboxTests : TempFolderTest
{
    [TestCase("SELECT * FROM read_csv('/etc/passwd')")]
    [TestCase("SELECT * FROM read_text('/etc/passwd')")]
    [TestCase("SELECT * FROM glob('/*')")]
    [TestCase("FROM '/etc/passwd'")]
    [TestCase("COPY (SELECT 1) TO '/tmp/cockpit-sandbox.csv'")]
    [TestCase("INSTALL httpfs")]
    [TestCase("LOAD httpfs")]
    [TestCase("SET threads = 64")]
    [TestCase("SET enable_external_access = true")]
    [TestCase("RESET lock_configuration")]
    [TestCase("PRAGMA threads = 64")]
    public void A_locked_down_instance_refuses_files_extensions_and_settings_on_every_connection(string sql)
    {
        using var store = CockpitStore.Open(Temp.File("cockpit.duckdb"));
        SqlSandbox.Lockdown(store.Connection, new SqlLimits { Threads = 1, MemoryLimit = "256MB" });
        using var other = store.OpenConnection();

        Assert.That(() => other.Execute(sql), Throws.InstanceOf<DuckDBException>());
        Assert.That(SqlSandbox.IsLocked(other), Is.True);
        Assert.That(other.Scalar<long>("SELECT current_setting('threads')"), Is.EqualTo(1));
    }

    [Test]
    public void The_server_s_own_writes_still_work_after_the_lockdown()
    {
        using var store = CockpitStore.Open(Temp.File("cockpit.duckdb"));
        SqlSandbox.Lockdown(store.Connection, new SqlLimits());

        store.Connection.Execute("CREATE TABLE t AS SELECT 1 AS i");
        store.Connection.Execute("CHECKPOINT");

        Assert.That(store.Connection.Scalar<long>("SELECT count(*) FROM t"), Is.EqualTo(1));
    }

    [Test]
    public void An_unlocked_instance_runs_no_analyst_sql()
    {
        using var store = CockpitStore.Open(Temp.File("cockpit.duckdb"));

        Assert.That(() => SqlSandbox.Open(store.Connection, "SELECT 1", null, TimeSpan.FromSeconds(5)), Throws.InvalidOperationException);
    }

    [Test]
    public void A_query_runs_in_a_read_only_transaction_that_is_rolled_back()
    {
        using var store = CockpitStore.Open(Temp.File("cockpit.duckdb"));
        SqlSandbox.Lockdown(store.Connection, new SqlLimits());
        store.Connection.Execute("CREATE SEQUENCE s");

        Assert.That(() => SqlSandbox.Open(store.Connection, "SELECT nextval('s')", null, TimeSpan.FromSeconds(5)),
            Throws.InstanceOf<DuckDBException>().With.Message.Contain("read-only"));
        Assert.That(store.Connection.Scalar<long>("SELECT nextval('s')"), Is.EqualTo(1), "the connection is usable and nothing moved");
    }

    [TestCase("SELECT $a + $b", 3)]
    [TestCase("SELECT $a", 1)]
    public void Parameters_are_bound_by_name(string sql, long expected)
    {
        using var store = CockpitStore.Open(Temp.File("cockpit.duckdb"));
        SqlSandbox.Lockdown(store.Connection, new SqlLimits());
        var parameters = sql.Contains("$b", StringComparison.Ordinal)
            ? new Dictionary<string, object?> { ["a"] = 1L, ["$b"] = 2L }
            : new Dictionary<string, object?> { ["a"] = 1L };

        using var query = SqlSandbox.Open(store.Connection, sql, parameters, TimeSpan.FromSeconds(5));

        Assert.That(query.Read(), Is.True);
        Assert.That(Convert.ToInt64(query.Value(0), System.Globalization.CultureInfo.InvariantCulture), Is.EqualTo(expected));
    }
}
