namespace ContentOps.Core.Api;

/// <summary>A column <c>kubectl get</c> shows for the resource (CRD additionalPrinterColumns).</summary>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = true, Inherited = false)]
public sealed class PrinterColumnAttribute(string name, string type, string jsonPath, string description) : Attribute
{
    /// <summary>Column header.</summary>
    public string Name { get; } = name;

    /// <summary>One of integer, number, string, boolean, date.</summary>
    public string Type { get; } = type;

    /// <summary>JSONPath into the object, e.g. <c>.status.phase</c>.</summary>
    public string JsonPath { get; } = jsonPath;

    /// <summary>What the column means.</summary>
    public string Description { get; } = description;

    /// <summary>0 shows in the standard view; higher only with <c>-o wide</c>.</summary>
    public int Priority { get; init; }
}
