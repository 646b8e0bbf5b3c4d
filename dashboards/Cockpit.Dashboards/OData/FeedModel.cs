using Cockpit.Dashboards.Web.Endpoints;
using Cockpit.Model.Store;
using DuckDB.NET.Data;
using Microsoft.OData.Edm;
using Microsoft.OData.Edm.Csdl;
using Microsoft.OData.Edm.Vocabularies;
using Microsoft.OData.Edm.Vocabularies.V1;

namespace Cockpit.Dashboards.OData;

/// <summary>A column of a feed's view: its name, DuckDB type, the EDM kind it is written as, and whether it is part of the key.</summary>
public sealed record FeedColumn(string Name, string DuckType, EdmPrimitiveTypeKind Kind, bool IsKey);

/// <summary>The EDM model of the analyst views, read from DuckDB's catalog: every column with its exact type and comment.</summary>
public sealed class FeedModel
{
    public const string Namespace = "Cockpit";

    private readonly Dictionary<string, IReadOnlyList<FeedColumn>> columns;

    private FeedModel(IEdmModel model, Dictionary<string, IReadOnlyList<FeedColumn>> columns)
    {
        Edm = model;
        this.columns = columns;
        Metadata = FeedDocuments.Metadata(this);
    }

    public IEdmModel Edm { get; }

    /// <summary>The CSDL XML of <see cref="Edm"/>, written once.</summary>
    public byte[] Metadata { get; }

    public IReadOnlyList<FeedColumn> Columns(FeedSet set) => columns[set.Name];

    public static FeedModel Read(DuckDBConnection connection)
    {
        var model = new EdmModel();
        var container = new EdmEntityContainer(Namespace, "Container");
        model.AddElement(container);
        var views = SchemaEndpoints.Read(connection).ToDictionary(v => v.Name);
        var columns = new Dictionary<string, IReadOnlyList<FeedColumn>>();
        foreach (var set in FeedSets.All)
        {
            var view = views[set.View];
            var type = new EdmEntityType(Namespace, set.TypeName);
            var keys = new List<IEdmStructuralProperty>();
            var setColumns = new List<FeedColumn>();
            foreach (var column in view.Columns)
            {
                var isKey = set.Key.Contains(column.Name);
                var property = type.AddStructuralProperty(column.Name, EdmTypes.Of(column.Type, nullable: !isKey));
                Describe(model, property, column.Comment);
                if (isKey) keys.Add(property);
                setColumns.Add(new FeedColumn(column.Name, column.Type, property.Type.PrimitiveKind(), isKey));
            }
            type.AddKeys(set.Key.Select(k => keys.Single(p => p.Name == k)));
            model.AddElement(type);
            Describe(model, type, view.Comment);
            Describe(model, container.AddEntitySet(set.Name, type), view.Comment);
            columns[set.Name] = setColumns;
        }
        return new FeedModel(model, columns);
    }

    private static void Describe(EdmModel model, IEdmVocabularyAnnotatable target, SchemaEndpoints.Comment comment)
    {
        if (comment.En.Length == 0 && comment.Fi.Length == 0) return;
        var annotation = new EdmVocabularyAnnotation(target, CoreVocabularyModel.DescriptionTerm, new EdmStringConstant($"{comment.En} (fi: {comment.Fi})"));
        annotation.SetSerializationLocation(model, EdmVocabularyAnnotationSerializationLocation.Inline);
        model.AddVocabularyAnnotation(annotation);
    }
}
