using System.Collections;
using System.Collections.Immutable;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using SqlConn.Engine.Catalog.Persistent;

namespace SqlConn.Engine.Tests.Persistent;

/// <summary>
/// <see cref="PersistentHashMap{TKey, TValue}"/> against <see cref="ImmutableDictionary{TKey, TValue}"/> as the model:
/// random adds, sets, removes and lookups, checking after every step the count, every lookup, the enumeration
/// and that the map before the step still holds what it held.
/// </summary>
public sealed class PersistentHashMapProperties
{
    /// <summary>One step: 0 add, 1 set, 2 remove, 3 set to the value the key has; a key of a small range, so that steps meet.</summary>
    private static Gen<IList<(int Kind, int Key, int Value)>> Steps(int keys) =>
        Gen.ListOf(Gen.Choose(0, 3).SelectMany(kind => Gen.Choose(0, keys).SelectMany(key => Gen.Choose(0, 3).Select(value => (kind, key, value)))))
            .Select(steps => (IList<(int, int, int)>)[.. steps]);

    [Property(MaxTest = 400)]
    public Property Text_keys_behave_as_the_immutable_dictionary() =>
        Prop.ForAll(Arb.From(Steps(300)), steps => Check(
            PersistentHashMap<string, int>.Create(StableStringComparer.Instance), steps, key => $"u{key}", canonical: true));

    /// <summary>Hashes that share their first 27 bits (paths seven nodes deep) and, four keys at a time, all 32 (colliding keys).</summary>
    [Property(MaxTest = 400)]
    public Property Colliding_and_deep_hashes_behave_as_the_immutable_dictionary() =>
        Prop.ForAll(Arb.From(Steps(40)), steps => Check(
            PersistentHashMap<int, int>.Create(new DeepHashes()), steps, key => key, canonical: false));

    [Fact]
    public void Setting_an_equal_value_or_removing_a_missing_key_returns_the_same_map()
    {
        var map = PersistentHashMap<string, int>.Create(StableStringComparer.Instance).SetItem("u1", 1).SetItem("u2", 2);

        Assert.Same(map, map.SetItem("u1", 1));
        Assert.Same(map, map.Add("u2", 2));
        Assert.Same(map, map.Remove("u3"));
        Assert.Throws<ArgumentException>(() => map.Add("u1", 5));
        Assert.Throws<KeyNotFoundException>(() => map["u3"]);
    }

    [Fact]
    public void Enumeration_order_is_the_same_in_every_process()
    {
        var map = Enumerable.Range(1, 12).Aggregate(PersistentHashMap<string, int>.Create(StableStringComparer.Instance), (m, i) => m.SetItem($"u{i}", i));

        Assert.Equal("u7 u6 u4 u9 u2 u10 u8 u11 u1 u5 u12 u3", string.Join(' ', map.Keys));
    }

    private static bool Check<TKey>(PersistentHashMap<TKey, int> empty, IList<(int Kind, int Key, int Value)> steps, Func<int, TKey> keyOf, bool canonical)
        where TKey : notnull
    {
        var (map, model) = (empty, ImmutableDictionary.Create<TKey, int>(empty.KeyComparer));
        foreach (var (kind, number, value) in steps)
        {
            var key = keyOf(number);
            var (before, beforeModel) = (map, model);
            switch (kind)
            {
                case 0 when model.TryGetValue(key, out var existing) && existing != value:
                    Assert.Throws<ArgumentException>(() => map.Add(key, value));
                    break;
                case 0:
                    (map, model) = (map.Add(key, value), model.Add(key, value));
                    break;
                case 1:
                    (map, model) = (map.SetItem(key, value), model.SetItem(key, value));
                    break;
                case 2:
                    (map, model) = (map.Remove(key), model.Remove(key));
                    break;
                default:
                    var same = model.TryGetValue(key, out var current) ? current : value;
                    (map, model) = (map.SetItem(key, same), model.SetItem(key, same));
                    break;
            }

            AssertHolds(map, model, keyOf);
            AssertHolds(before, beforeModel, keyOf);
            if (ReferenceEquals(model, beforeModel))
            {
                Assert.Same(before, map);
            }

            if (canonical)
            {
                var rebuilt = model.Aggregate(empty, (m, e) => m.SetItem(e.Key, e.Value));
                Assert.Equal(rebuilt.Keys, map.Keys);
                Assert.True(((IStructuralEquatable)rebuilt).Equals(map, EqualityComparer<int>.Default));
            }
        }

        return true;
    }

    private static void AssertHolds<TKey>(PersistentHashMap<TKey, int> map, ImmutableDictionary<TKey, int> model, Func<int, TKey> keyOf)
        where TKey : notnull
    {
        Assert.Equal(model.Count, map.Count);
        Assert.Equal(model.Count, map.Count());
        foreach (var (key, value) in map)
        {
            Assert.Equal(model[key], value);
        }

        for (var number = 0; number <= 300; number++)
        {
            var key = keyOf(number);
            Assert.Equal(model.TryGetValue(key, out var expected), map.TryGetValue(key, out var actual));
            Assert.Equal(expected, actual);
        }
    }

    private sealed class DeepHashes : IEqualityComparer<int>
    {
        public bool Equals(int x, int y) => x == y;

        public int GetHashCode(int key) => (key >> 2) << 27;
    }
}
