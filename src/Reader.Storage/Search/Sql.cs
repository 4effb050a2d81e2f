using System.Data.Common;
using System.Globalization;

namespace Reader.Storage.Search;

/// <summary>Plain ADO.NET commands for the FTS5 table, which EF Core does not map. Values only ever go in as parameters.</summary>
internal static class Sql
{
    public static DbCommand Command(DbConnection connection, string sql, params (string Name, object Value)[] parameters)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
            Parameter(command, name).Value = value;
        return command;
    }

    /// <summary>A command inside the transaction, on its connection.</summary>
    public static DbCommand Command(DbTransaction transaction, string sql, params (string Name, object Value)[] parameters)
    {
        var command = Command(transaction.Connection!, sql, parameters);
        command.Transaction = transaction;
        return command;
    }

    public static DbParameter Parameter(DbCommand command, string name)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        command.Parameters.Add(parameter);
        return parameter;
    }

    /// <summary>Numbers as one JSON array parameter, for <c>json_each</c>: a list of ids in a single value.</summary>
    public static string JsonArray(IEnumerable<long> values) =>
        "[" + string.Join(',', values.Select(v => v.ToString(CultureInfo.InvariantCulture))) + "]";
}
