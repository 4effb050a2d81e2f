using System.Data.Common;

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

    public static DbParameter Parameter(DbCommand command, string name)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        command.Parameters.Add(parameter);
        return parameter;
    }
}
