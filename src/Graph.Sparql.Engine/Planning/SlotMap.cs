using Graph.Sparql.Algebra;

namespace Graph.Sparql.Engine.Planning;

/// <summary>Variables → row slots, assigned in the order the planner meets them (STYLE: variables become slots at plan time).</summary>
internal sealed class SlotMap
{
    private readonly Dictionary<string, int> _slots = new(StringComparer.Ordinal);

    public int this[Variable v] => SlotOf(v);

    public int SlotOf(Variable v)
    {
        if (!_slots.TryGetValue(v.Name, out var slot)) _slots[v.Name] = slot = _slots.Count;
        return slot;
    }

    public int Count => _slots.Count;
}
