using System.Runtime.InteropServices;
using Dyad.Coding.Records;

namespace Dyad.Storage;

/// <summary>
/// The integer keys of event_rows (migration 6): each distinct actor (code, country, role), code (CAMEO code with
/// its base, root, QuadClass, Goldstein and PLOVER type and mode) and country pair has one id in the store. The
/// store loads the stored values at the start of each batch, inside its transaction, so ids stay unique whoever
/// wrote before (other workers, a rolled-back batch); values new to the store get the next ids and are listed for
/// writing with the batch. Not thread-safe.
/// </summary>
internal sealed class EventDimensions
{
    public readonly record struct ActorKey(string Code, string? Country, string? Role);
    public readonly record struct CodeKey(string Cameo, string Base, string Root, int QuadClass, double Goldstein, string? PloverType, string? PloverMode);

    private readonly Dictionary<ActorKey, int> _actors = [];
    private readonly Dictionary<CodeKey, int> _codes = [];
    private readonly Dictionary<string, int> _dyads = new(StringComparer.Ordinal);
    private int _nextActor, _nextCode, _nextDyad;

    public List<(int Id, ActorKey Key)> NewActors { get; } = [];
    public List<(int Id, CodeKey Key)> NewCodes { get; } = [];
    public List<(int Id, string Key)> NewDyads { get; } = [];

    /// <summary>Forgets everything before the stored values are loaded again.</summary>
    public void Clear()
    {
        _actors.Clear();
        _codes.Clear();
        _dyads.Clear();
        NewActors.Clear();
        NewCodes.Clear();
        NewDyads.Clear();
        _nextActor = _nextCode = _nextDyad = 0;
    }

    public void LoadActor(int id, ActorKey key)
    {
        _actors.TryAdd(key, id);
        _nextActor = Math.Max(_nextActor, id);
    }

    public void LoadCode(int id, CodeKey key)
    {
        _codes.TryAdd(key, id);
        _nextCode = Math.Max(_nextCode, id);
    }

    public void LoadDyad(int id, string key)
    {
        _dyads.TryAdd(key, id);
        _nextDyad = Math.Max(_nextDyad, id);
    }

    public int Actor(ActorRecord a)
    {
        var key = new ActorKey(a.Code, a.Country, a.Role);
        ref int id = ref CollectionsMarshal.GetValueRefOrAddDefault(_actors, key, out bool seen);
        if (!seen)
        {
            id = ++_nextActor;
            NewActors.Add((id, key));
        }
        return id;
    }

    public int Code(EventRecord r, string cameoBase)
    {
        var key = new CodeKey(r.Cameo, cameoBase, r.CameoRoot, r.QuadClass, r.Goldstein, r.PloverType, r.PloverMode);
        ref int id = ref CollectionsMarshal.GetValueRefOrAddDefault(_codes, key, out bool seen);
        if (!seen)
        {
            id = ++_nextCode;
            NewCodes.Add((id, key));
        }
        return id;
    }

    public int? Dyad(string? block)
    {
        if (block is null) return null;
        ref int id = ref CollectionsMarshal.GetValueRefOrAddDefault(_dyads, block, out bool seen);
        if (!seen)
        {
            id = ++_nextDyad;
            NewDyads.Add((id, block));
        }
        return id;
    }

    /// <summary>An actor's country block (its country, else its code's first three letters: IGO, NGO ...), see migration 4.</summary>
    public static string Block(ActorKey a) => a.Country ?? (a.Code.Length <= 3 ? a.Code : a.Code[..3]);
}
