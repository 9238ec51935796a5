using System;

namespace NewsModel.Tests.Model;

public sealed class CheckTests
{
    private enum Signed : sbyte
    {
        Low = -3,
        Zero = 0,
        Five = 5,
        High = 100,
    }

    private enum Wide : long
    {
        Small = 1,
        Edge = 63,
        Beyond = 64,
        Far = 1L << 40,
        Negative = -1,
    }

    [Fact]
    public void Defined_AgreesWithEnumIsDefined_ForEveryModelEnumAndValueAround()
    {
        for (int v = -300; v <= 300; v++)
        {
            Agrees((ActorKind)v);
            Agrees((StatementKind)v);
            Agrees((DatePrecision)v);
            Agrees((DateAnchor)v);
            Agrees((EmbedKind)v);
            Agrees((ParticipantRole)v);
            Agrees((EventModality)v);
        }

        Agrees((ActorKind)int.MinValue);
        Agrees((ActorKind)int.MaxValue);
    }

    [Fact]
    public void Defined_AgreesWithEnumIsDefined_ForSignedNarrowAndWideEnums()
    {
        for (int v = sbyte.MinValue; v <= sbyte.MaxValue; v++)
        {
            Agrees((Signed)v);
        }

        foreach (long v in new[] { -2L, -1L, 0L, 1L, 2L, 62L, 63L, 64L, 65L, 1L << 40, (1L << 40) + 1, long.MinValue, long.MaxValue })
        {
            Agrees((Wide)v);
        }
    }

    [Fact]
    public void Defined_UndefinedValue_ThrowsWithTheParameterName()
    {
        Action act = () => Check.Defined((StatementKind)63, "kind");
        act.Should().Throw<ArgumentOutOfRangeException>().Which.ParamName.Should().Be("kind");
    }

    private static void Agrees<TEnum>(TEnum value)
        where TEnum : struct, Enum
    {
        bool defined = Enum.IsDefined(value);
        Action act = () => Check.Defined(value, "value");
        if (defined)
        {
            act.Should().NotThrow($"{typeof(TEnum).Name} {value} is defined");
        }
        else
        {
            act.Should().Throw<ArgumentOutOfRangeException>($"{typeof(TEnum).Name} {value} is not defined");
        }
    }
}
