using System;
using System.Text.Json;
using System.Text.Json.Serialization;
using NodaTime;
using NodaTime.Text;
using NodaTime.Serialization.SystemTextJson;

namespace NewsModel.Serialization.Wire;

/// <summary>The source-generated serializer for the wire types: no reflection, trimming- and AOT-safe.</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.Never,
    NumberHandling = JsonNumberHandling.Strict,
    ReadCommentHandling = JsonCommentHandling.Disallow,
    AllowTrailingCommas = false,
    MaxDepth = 64,
    Converters = [typeof(LocalDateJsonConverter)])]
[JsonSerializable(typeof(ArticleDto))]
[JsonSerializable(typeof(ArticleInputDto))]
internal sealed partial class NewsJsonContext : JsonSerializerContext;

/// <summary>
/// Writes and reads <see cref="LocalDate"/> as an ISO-8601 string (<c>2025-12-15</c>) through NodaTime's own
/// System.Text.Json converter for patterns, with <see cref="LocalDatePattern.Iso"/> (what
/// <c>NodaConverters.LocalDateConverter</c> is).
/// </summary>
/// <remarks>
/// The converter is built here rather than taken from <c>NodaConverters</c>: that class's static constructor creates
/// every NodaTime converter, and some of them (the compound ones) use reflection that trimming and NativeAOT reject.
/// </remarks>
internal sealed class LocalDateJsonConverter : JsonConverter<LocalDate>
{
    private static readonly JsonConverter<LocalDate> s_noda = new NodaPatternConverter<LocalDate>(LocalDatePattern.Iso);

    public override LocalDate Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        s_noda.Read(ref reader, typeToConvert, options);

    public override void Write(Utf8JsonWriter writer, LocalDate value, JsonSerializerOptions options) =>
        s_noda.Write(writer, value, options);
}
