namespace Dashboard.Extraction.Events.Confidence;

/// <summary>Receives a candidate's features one by one (<see cref="EventFeatures.Emit"/>); the span lives only for the call.</summary>
public interface IFeatureSink
{
    void Add(ReadOnlySpan<char> feature);
}
