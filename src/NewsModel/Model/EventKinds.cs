namespace NewsModel;

/// <summary>
/// The event kind codes NewsModel's extractor uses (<see cref="Event.Kind"/>), with their CAMEO root codes and PLOVER
/// event types. The set is open: an <see cref="Event"/> accepts any non-blank code, and unknown codes map to null.
/// </summary>
/// <remarks>
/// CAMEO (Conflict and Mediation Event Observations) root codes run from <c>01</c> (make public statement) to
/// <c>20</c> (use unconventional mass violence); PLOVER (Political Language Ontology for Verifiable Event Records)
/// types are upper-case words such as <c>CONSULT</c> or <c>ASSAULT</c>. Kinds with no counterpart (an election, an
/// appointment) map to null.
/// </remarks>
public static class EventKinds
{
    /// <summary>A meeting or talks between parties ("met", "talks"). CAMEO 04, PLOVER CONSULT.</summary>
    public const string Meeting = "meeting";

    /// <summary>A summit of leaders. CAMEO 04, PLOVER CONSULT.</summary>
    public const string Summit = "summit";

    /// <summary>A visit ("visited Kyiv"). CAMEO 04, PLOVER CONSULT.</summary>
    public const string Visit = "visit";

    /// <summary>An agreement or its signing. CAMEO 05, PLOVER AGREE.</summary>
    public const string Agreement = "agreement";

    /// <summary>A ceasefire or truce. CAMEO 08, PLOVER CONCEDE.</summary>
    public const string Ceasefire = "ceasefire";

    /// <summary>Aid given or pledged. CAMEO 07, PLOVER AID.</summary>
    public const string Aid = "aid";

    /// <summary>A protest or demonstration. CAMEO 14, PLOVER PROTEST.</summary>
    public const string Protest = "protest";

    /// <summary>Sanctions or an embargo. CAMEO 16, PLOVER SANCTION.</summary>
    public const string Sanction = "sanction";

    /// <summary>A threat. CAMEO 13, PLOVER THREATEN.</summary>
    public const string Threat = "threat";

    /// <summary>An arrest or detention. CAMEO 17, PLOVER COERCE.</summary>
    public const string Arrest = "arrest";

    /// <summary>A military strike, attack or bombing. CAMEO 19, PLOVER ASSAULT.</summary>
    public const string Attack = "attack";

    /// <summary>An annexation or occupation of territory. CAMEO 19, PLOVER ASSAULT.</summary>
    public const string Annexation = "annexation";

    /// <summary>A war or an invasion. CAMEO 19, PLOVER ASSAULT.</summary>
    public const string War = "war";

    /// <summary>An election or vote. No CAMEO or PLOVER counterpart.</summary>
    public const string Election = "election";

    /// <summary>An appointment, nomination or resignation. No CAMEO or PLOVER counterpart.</summary>
    public const string Appointment = "appointment";

    /// <summary>The CAMEO root code of a kind, or null.</summary>
    /// <param name="kind">An event kind code.</param>
    /// <returns>A two-digit code such as <c>04</c>, or null when the kind has none or is unknown.</returns>
    public static string? CameoRootOf(string? kind) => kind switch
    {
        Meeting or Summit or Visit => "04",
        Agreement => "05",
        Aid => "07",
        Ceasefire => "08",
        Threat => "13",
        Protest => "14",
        Sanction => "16",
        Arrest => "17",
        Attack or Annexation or War => "19",
        _ => null,
    };

    /// <summary>The PLOVER event type of a kind, or null.</summary>
    /// <param name="kind">An event kind code.</param>
    /// <returns>An upper-case type such as <c>CONSULT</c>, or null when the kind has none or is unknown.</returns>
    public static string? PloverTypeOf(string? kind) => kind switch
    {
        Meeting or Summit or Visit => "CONSULT",
        Agreement => "AGREE",
        Aid => "AID",
        Ceasefire => "CONCEDE",
        Threat => "THREATEN",
        Protest => "PROTEST",
        Sanction => "SANCTION",
        Arrest => "COERCE",
        Attack or Annexation or War => "ASSAULT",
        _ => null,
    };
}
