using Cockpit.Model.Store;
using Cockpit.Samples;

namespace Cockpit.Ingest.Tests.Forecasts;

public class ConcurrencyTests : StoreTestBase
{
    [Test]
    public async Task A_reader_during_a_load_sees_the_data_before_or_after_it_never_between()
    {
        AssertLoaded(Ingest(Testing.Repository.SampleWorkbook));
        var big = Temp.File("big.xlsx");
        SyntheticWorkbook.Write(big, goals: 400, metricsPerGoal: 5, rounds: 3);
        const string Count = "SELECT count(*) FROM v_forecasts";
        var before = Store.Connection.Scalar<long>(Count);

        var seen = new HashSet<long>();
        using var stop = new CancellationTokenSource();
        var reader = Task.Run(() =>
        {
            using var connection = Store.OpenConnection();
            while (!stop.IsCancellationRequested) seen.Add(connection.Scalar<long>(Count));
        });
        var outcome = Ingest(big);
        await stop.CancelAsync();
        await reader;
        var after = Store.Connection.Scalar<long>(Count);

        AssertLoaded(outcome);
        Assert.That(after, Is.EqualTo(before + 400 * 5 * 3));
        Assert.That(seen, Is.SubsetOf(new[] { before, after }));
        Assert.That(seen, Does.Contain(before), "the reader ran while the load was under way");
    }
}
