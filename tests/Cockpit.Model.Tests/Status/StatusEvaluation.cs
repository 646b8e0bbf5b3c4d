using Cockpit.Status;

namespace Cockpit.Model.Tests.Status;

/// <summary>Classifies labelled texts and reports how the classifier did; the same helper serves the dev set and the hold-out set.</summary>
public static class StatusEvaluation
{
    public static EvaluationReport Run(IEnumerable<LabelledText> rows)
    {
        var statuses = Enum.GetValues<ForecastStatus>().Length;
        var matrix = new int[statuses, statuses];
        var misses = new List<EvaluatedText>();
        var dangerous = new List<EvaluatedText>();
        int total = 0, correct = 0;
        foreach (var row in rows)
        {
            var evaluated = new EvaluatedText(row, StatusClassifier.Classify(row.Text, row.Round, row.Year));
            matrix[(int)row.Label, (int)evaluated.Result.Status]++;
            total++;
            if (evaluated.IsRight) correct++;
            else misses.Add(evaluated);
            if (evaluated.IsDangerous) dangerous.Add(evaluated);
        }
        return new EvaluationReport(matrix, total, correct, misses, dangerous);
    }

    public static EvaluationReport Run(IEnumerable<(ForecastStatus Label, string Text)> rows) =>
        Run(rows.Select((r, i) => new LabelledText(r.Label, "", "", r.Text, i + 1)));
}
