using System;
using System.Text.Json;
using System.Text.Json.Serialization;
using NodaTime;
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
/// System.Text.Json converter (<see cref="NodaConverters.LocalDateConverter"/>).
/// </summary>
internal sealed class LocalDateJsonConverter : JsonConverter<LocalDate>
{
    private static readonly JsonConverter<LocalDate> s_noda = NodaConverters.LocalDateConverter;

    public override LocalDate Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        s_noda.Read(ref reader, typeToConvert, options);

    public override void Write(Utf8JsonWriter writer, LocalDate value, JsonSerializerOptions options) =>
        s_noda.Write(writer, value, options);
}
