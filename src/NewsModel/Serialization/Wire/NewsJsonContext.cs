using System.Text.Json;
using System.Text.Json.Serialization;

namespace NewsModel.Serialization.Wire;

/// <summary>The source-generated serializer for the wire types: no reflection, trimming- and AOT-safe.</summary>
/// <remarks>
/// The options stay at their generated values (no runtime converters, no encoder) so that System.Text.Json may use
/// the generated fast path for writing; <see cref="NewsJson"/> gives the relaxed escaping and the indentation to the
/// <see cref="System.Text.Json.Utf8JsonWriter"/> instead, and dates travel as ISO strings formatted and parsed with
/// NodaTime's <see cref="NodaTime.Text.LocalDatePattern.Iso"/> by <see cref="ArticleMapper"/>.
/// </remarks>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.Never,
    NumberHandling = JsonNumberHandling.Strict,
    ReadCommentHandling = JsonCommentHandling.Disallow,
    AllowTrailingCommas = false,
    MaxDepth = 64)]
[JsonSerializable(typeof(ArticleDto))]
[JsonSerializable(typeof(ArticleInputDto))]
internal sealed partial class NewsJsonContext : JsonSerializerContext;
