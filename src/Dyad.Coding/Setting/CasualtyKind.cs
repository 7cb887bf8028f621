namespace Dyad.Coding.Setting;

/// <summary>What happened to the people an event counts, as ACLED and the record fields name it.</summary>
public enum CasualtyKind : byte
{
    /// <summary>Killed (<c>fatalities</c>).</summary>
    Killed,
    /// <summary>Wounded or injured (<c>injured</c>).</summary>
    Injured,
    /// <summary>Arrested or detained (<c>arrested</c>).</summary>
    Arrested,
    /// <summary>Displaced, fled or evacuated (<c>displaced</c>).</summary>
    Displaced,
}
