using Graph.Core.Terms;

namespace Graph.Mapping;

/// <summary>
/// One part of <see cref="DistinctQuads"/>' set: an open-addressing hash table (linear probing, at most 70 % full) of
/// positions of statements, each slot with the statement's hash so that probing reads no statement but a likely equal one.
/// Any size will do (a hash is mapped to a slot by multiplying, not masking), so a table made for a count is no larger
/// than that count needs.
/// </summary>
internal sealed class PositionTable
{
    private struct Slot
    {
        public int Hash;

        /// <summary>The position plus one; 0 is an empty slot.</summary>
        public int Position;
    }

    private Slot[] _slots = new Slot[16];
    private int _count;

    /// <summary>The position of a statement equal to <paramref name="quad"/> (<paramref name="at"/> gives the statement at a position), or -1.</summary>
    public int Find(int hash, in Quad quad, Func<int, Quad> at)
    {
        for (var i = Home(hash, _slots.Length); ; i = i + 1 == _slots.Length ? 0 : i + 1)
        {
            ref var slot = ref _slots[i];
            if (slot.Position == 0) return -1;
            if (slot.Hash == hash && at(slot.Position - 1).Equals(quad)) return slot.Position - 1;
        }
    }

    /// <summary>Adds the position of a statement known not to be here.</summary>
    public void Insert(int hash, int position)
    {
        if ((_count + 1) * 10 > _slots.Length * 7) Resize(_slots.Length * 2);
        Place(_slots, hash, position + 1);
        _count++;
    }

    /// <summary>Makes room for this many statements, so that filling grows the table once.</summary>
    public void EnsureCapacity(int count)
    {
        var size = count + count / 2 + 16;
        if (size > _slots.Length) Resize(size);
    }

    /// <summary>Renumbers the positions from <paramref name="start"/> on: position <c>start + i</c> becomes <c>moved[i]</c>.</summary>
    public void Move(int start, int[] moved)
    {
        foreach (ref var slot in _slots.AsSpan())
            if (slot.Position > start) slot.Position = moved[slot.Position - 1 - start] + 1;
    }

    // The hash's top bits chose the table (DistinctQuads' partitions); the others, scaled to the size, choose the slot.
    private static int Home(int hash, int size) => (int)(((ulong)((uint)hash << DistinctQuads.PartitionBits) * (uint)size) >> 32);

    private void Resize(int size)
    {
        var slots = new Slot[size];
        foreach (var slot in _slots)
            if (slot.Position != 0) Place(slots, slot.Hash, slot.Position);
        _slots = slots;
    }

    private static void Place(Slot[] slots, int hash, int position)
    {
        var i = Home(hash, slots.Length);
        while (slots[i].Position != 0) i = i + 1 == slots.Length ? 0 : i + 1;
        slots[i] = new Slot { Hash = hash, Position = position };
    }
}
