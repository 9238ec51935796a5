using System;
using System.Linq;
using System.Reflection;

namespace NewsModel.Tests.Conventions;

/// <summary>Reflection checks that hold the public API to the house rules (NodaTime's convention tests).</summary>
public sealed class ConventionTests
{
    private static readonly Type[] s_publicTypes = typeof(Article).Assembly.GetExportedTypes();

    [Fact]
    public void PublicClasses_AreSealedOrStatic()
    {
        s_publicTypes
            .Where(t => t.IsClass && !t.IsSealed && !t.IsAbstract)
            .Should().BeEmpty("public classes are sealed (or static) unless designed for inheritance");
    }

    [Fact]
    public void ModelTypes_HaveNoPublicSetters()
    {
        Type[] model = [typeof(Article), typeof(Actor), typeof(Statement), typeof(Event), typeof(Embed), typeof(TemporalExpression), typeof(TextSpan), typeof(NewsParseError)];
        model.SelectMany(t => t.GetProperties(BindingFlags.Public | BindingFlags.Instance))
            .Where(p => p.SetMethod is { IsPublic: true })
            .Select(p => $"{p.DeclaringType!.Name}.{p.Name}")
            .Should().BeEmpty("the model is immutable: no public setters, not even init");
    }

    [Fact]
    public void ModelRecords_CollectionsAreValueArrays()
    {
        Type[] model = [typeof(Article), typeof(Actor), typeof(Statement), typeof(Event), typeof(Embed), typeof(TemporalExpression)];
        model.SelectMany(t => t.GetProperties(BindingFlags.Public | BindingFlags.Instance))
            .Where(p => p.PropertyType != typeof(string) && typeof(System.Collections.IEnumerable).IsAssignableFrom(p.PropertyType))
            .Where(p => !p.PropertyType.IsGenericType || p.PropertyType.GetGenericTypeDefinition() != typeof(ValueArray<>))
            .Select(p => $"{p.DeclaringType!.Name}.{p.Name}")
            .Should().BeEmpty("collections in records must compare by value");
    }

    [Fact]
    public void EquatableTypes_OverrideGetHashCode()
    {
        s_publicTypes
            .Where(t => t.GetInterfaces().Any(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IEquatable<>)))
            .Where(t => t.GetMethod(nameof(GetHashCode), Type.EmptyTypes)!.DeclaringType != t)
            .Should().BeEmpty();
    }

    [Fact]
    public void PublicTypes_LiveInTheDocumentedNamespaces()
    {
        s_publicTypes.Select(t => t.Namespace).Distinct()
            .Should().BeSubsetOf(["NewsModel", "NewsModel.Text", "NewsModel.Serialization"]);
    }
}
