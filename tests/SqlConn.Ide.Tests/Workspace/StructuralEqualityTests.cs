using System.Collections.Immutable;
using SqlConn.Engine.Catalog.Persistent;
using SqlConn.Ide.Workspace;

namespace SqlConn.Ide.Tests.Workspace;

public sealed class StructuralEqualityTests
{
    private sealed record Leaf(string Name, ImmutableArray<int> Values);

    private sealed record Tree(Leaf Leaf, ImmutableDictionary<string, Leaf> Leaves, ImmutableHashSet<string> Tags, ImmutableList<int> Order);

    private abstract record Base(int Id);

    private sealed record Derived(int Id, string Extra) : Base(Id);

    private sealed class Opaque(int value)
    {
        public int Value => value;
    }

    private sealed record Holder(Opaque Opaque);

    [Fact]
    public void Records_rebuilt_with_equal_contents_are_equal()
    {
        Assert.True(StructuralEquality.Equals(Make(), Make()));
        Assert.False(Make().Equals(Make()));
    }

    [Fact]
    public void Any_different_part_makes_them_different()
    {
        var tree = Make();
        Assert.False(StructuralEquality.Equals(tree, tree with { Leaf = tree.Leaf with { Values = [1, 2, 4] } }));
        Assert.False(StructuralEquality.Equals(tree, tree with { Leaves = tree.Leaves.SetItem("b", new Leaf("b", [])) }));
        Assert.False(StructuralEquality.Equals(tree, tree with { Leaves = tree.Leaves.Remove("a") }));
        Assert.False(StructuralEquality.Equals(tree, tree with { Tags = tree.Tags.Add("z") }));
        Assert.False(StructuralEquality.Equals(tree, tree with { Order = [3, 2, 1] }));
    }

    [Fact]
    public void Persistent_maps_are_compared_by_content_whatever_their_order_of_insertion()
    {
        var map = PersistentHashMap<string, Leaf>.Empty.SetItem("a", new Leaf("a", [1])).SetItem("b", new Leaf("b", [2]));
        var rebuilt = PersistentHashMap<string, Leaf>.Empty.SetItem("b", new Leaf("b", [2])).SetItem("a", new Leaf("a", [1]));

        Assert.True(StructuralEquality.Equals(map, rebuilt));
        Assert.False(StructuralEquality.Equals(map, rebuilt.SetItem("b", new Leaf("b", [3]))));
        Assert.False(StructuralEquality.Equals(map, rebuilt.Remove("a")));
    }

    [Fact]
    public void Arrays_are_compared_by_content()
    {
        var map = PersistentHashMap<string, string[]>.Empty.SetItem("u1", ["u2", "u3"]);

        Assert.True(StructuralEquality.Equals(map, PersistentHashMap<string, string[]>.Empty.SetItem("u1", ["u2", "u3"])));
        Assert.False(StructuralEquality.Equals(map, map.SetItem("u1", ["u2"])));
        Assert.False(StructuralEquality.Equals(new[] { "u2", "u3" }, new[] { "u3", "u2" }));
    }

    [Fact]
    public void Fields_of_base_records_are_compared()
    {
        Assert.True(StructuralEquality.Equals(new Derived(1, "x"), new Derived(1, "x")));
        Assert.False(StructuralEquality.Equals(new Derived(1, "x"), new Derived(2, "x")));
    }

    [Fact]
    public void Types_without_value_equality_are_only_equal_to_themselves()
    {
        var opaque = new Opaque(1);
        Assert.True(StructuralEquality.Equals(new Holder(opaque), new Holder(opaque)));
        Assert.False(StructuralEquality.Equals(new Holder(new Opaque(1)), new Holder(new Opaque(1))));
    }

    [Fact]
    public void Default_and_empty_arrays_and_nulls_are_told_apart()
    {
        Assert.True(StructuralEquality.Equals(new Leaf("a", default), new Leaf("a", default)));
        Assert.False(StructuralEquality.Equals(new Leaf("a", default), new Leaf("a", [])));
        Assert.False(StructuralEquality.Equals(new Leaf("a", []), null));
    }

    private static Tree Make() => new(
        new Leaf("root", [1, 2, 3]),
        ImmutableDictionary<string, Leaf>.Empty.Add("a", new Leaf("a", [1])).Add("b", new Leaf("b", [2])),
        ["x", "y"],
        [1, 2, 3]);
}
