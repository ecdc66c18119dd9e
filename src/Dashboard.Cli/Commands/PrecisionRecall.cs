namespace Dashboard.Cli.Commands;

/// <summary>Precision, recall and F1 from counts: matched among what a system (or a second annotator) gave, and among the gold.</summary>
internal readonly record struct PrecisionRecall(int Matched, int System, int Gold)
{
    public double Precision => System == 0 ? 0 : (double)Matched / System;

    public double Recall => Gold == 0 ? 0 : (double)Matched / Gold;

    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);
}
