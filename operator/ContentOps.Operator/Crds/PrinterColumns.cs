using System.Reflection;
using ContentOps.Core.Api;
using k8s.Models;

namespace ContentOps.Operator.Crds;

/// <summary>
/// The <c>additionalPrinterColumns</c> of a kind: its <see cref="PrinterColumnAttribute"/>s in declaration order,
/// with Age last. Once columns are defined only NAME is implicit, so Age is added when a kind omits it.
/// </summary>
internal static class PrinterColumns
{
    public const string AgeName = "Age";

    public static List<V1CustomResourceColumnDefinition> For(Type resourceType)
    {
        var declared = resourceType.GetCustomAttributes<PrinterColumnAttribute>(inherit: false).ToList();
        var age = declared.FirstOrDefault(IsAge);
        var columns = declared.Where(c => !IsAge(c)).Select(ToColumn).ToList();
        columns.Add(age is null ? DefaultAge() : ToColumn(age));
        return columns;
    }

    private static bool IsAge(PrinterColumnAttribute column) =>
        string.Equals(column.Name, AgeName, StringComparison.OrdinalIgnoreCase);

    private static V1CustomResourceColumnDefinition ToColumn(PrinterColumnAttribute column) => new()
    {
        Name = column.Name,
        Type = column.Type,
        JsonPath = column.JsonPath,
        Description = column.Description,
        Priority = column.Priority == 0 ? null : column.Priority,
    };

    private static V1CustomResourceColumnDefinition DefaultAge() => new()
    {
        Name = AgeName,
        Type = "date",
        JsonPath = ".metadata.creationTimestamp",
        Description = "Time since creation.",
    };
}
