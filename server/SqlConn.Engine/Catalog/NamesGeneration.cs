namespace SqlConn.Engine.Catalog;

/// <summary>
/// An identity token for the names of a catalog's items (see <see cref="Catalog.Names"/>). A new
/// token per rename, not a counter: catalogs derived from one snapshot along different edits must
/// never look alike.
/// </summary>
public sealed class NamesGeneration;
