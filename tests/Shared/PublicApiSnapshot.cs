// Shared by every test project (linked in by tests/Directory.Build.props); keep it free of
// project-specific code.
//
// Public API snapshots: a reflection-based, deterministic text rendering of the public surface of an
// assembly, compared with the checked-in api/<assembly name>.txt at the repository root. Regenerate
// with: EEIC_UPDATE_API=1 dotnet test EEiC.sln -c Release (then review and commit the diff).
//
// What is listed:
//   * every public type, and every protected (or protected internal) type nested in an unsealed
//     visible type, recursively; nested types get their own entry named Outer.Inner;
//   * every public member declared by those types, and every protected / protected internal member
//     of unsealed ones. Inherited members are not repeated (so nothing from System.Object appears
//     unless overridden);
//   * compiler-generated members with unspeakable names (a record's "<Clone>$") are skipped. Every
//     other synthesised member that callers can bind to IS listed: a record's Equals, GetHashCode,
//     ToString, Deconstruct and ==/!= and, on unsealed records, the protected copy constructor,
//     EqualityContract and PrintMembers.
//
// Format: one header comment line; then, per type in ordinal order of its name, a blank line, the
// declaration line and one line per member indented by two spaces, sorted by kind (constructors,
// fields, properties, events, methods, operators) and then ordinally; enum members by value. Names
// are fully qualified except C# keywords. Attributes shown: [Obsolete] and [Flags] only.
//
// Nullable reference annotations are those NullabilityInfoContext reports (ReadState for return
// values, properties and fields, WriteState for parameters, so [MaybeNull] / [AllowNull] show as
// '?'), except on uses of generic type parameters, where the declared annotation is used (see
// DeclaredNullability). Base types, interfaces and constraint types are shown without annotations,
// which reflection does not expose there. Test projects load the net10.0 build, so members that only
// exist in the net8.0 build (behind #if) are not covered.

using System.Collections.ObjectModel;
using System.Globalization;
using System.Reflection;
using System.Runtime.CompilerServices;
using System.Text;

namespace EEiC.Testing;

/// <summary>Renders and checks public API snapshots.</summary>
internal static class PublicApiSnapshot
{
    /// <summary>Environment variable that, when set to 1 or true, makes <see cref="Verify"/> rewrite the snapshot.</summary>
    public const string UpdateVariable = "EEIC_UPDATE_API";

    /// <summary>The command that regenerates all snapshots.</summary>
    public const string UpdateCommand = "EEIC_UPDATE_API=1 dotnet test EEiC.sln -c Release";

    /// <summary>Renders the full snapshot text of an assembly, header included, with '\n' line endings.</summary>
    public static string Render(Assembly assembly)
    {
        ArgumentNullException.ThrowIfNull(assembly);
        var name = assembly.GetName().Name;
        var framework = assembly.GetCustomAttribute<System.Runtime.Versioning.TargetFrameworkAttribute>()?.FrameworkName ?? "unknown framework";
        var sb = new StringBuilder();
        sb.Append("// Generated public API of ").Append(name).Append(" (").Append(framework)
          .Append(" build); do not edit. Regenerate and review the diff: ").Append(UpdateCommand).Append('\n');
        foreach (var line in RenderTypes(GetVisibleTypes(assembly)))
        {
            sb.Append(line).Append('\n');
        }

        return sb.ToString();
    }

    /// <summary>
    /// Renders the given types (which must be visible outside their assembly) without header: for each
    /// type a blank line, its declaration line and its member lines.
    /// </summary>
    public static IReadOnlyList<string> RenderTypes(IEnumerable<Type> types)
    {
        ArgumentNullException.ThrowIfNull(types);
        var renderer = new Renderer();
        var blocks = types.Distinct().Select(t => (Key: Renderer.DeclaredTypeName(t), Lines: renderer.RenderType(t))).ToList();
        blocks.Sort((a, b) => string.CompareOrdinal(a.Key, b.Key) is var c && c != 0 ? c : string.CompareOrdinal(a.Lines[0], b.Lines[0]));
        var lines = new List<string>();
        foreach (var block in blocks)
        {
            lines.Add(string.Empty);
            lines.AddRange(block.Lines);
        }

        return lines;
    }

    /// <summary>The types of an assembly that code outside it can see (public, or protected nested in public unsealed).</summary>
    public static IReadOnlyList<Type> GetVisibleTypes(Assembly assembly)
    {
        ArgumentNullException.ThrowIfNull(assembly);
        Type[] types;
        try
        {
            types = assembly.GetTypes();
        }
        catch (ReflectionTypeLoadException e)
        {
            types = e.Types.Where(t => t is not null).ToArray()!;
        }

        return types.Where(IsVisibleType).ToList();
    }

    /// <summary>
    /// Compares the public API of <paramref name="assembly"/> with <c>api/&lt;assembly name&gt;.txt</c> at the
    /// repository root, or rewrites that file when <see cref="UpdateVariable"/> is set.
    /// </summary>
    public static void Verify(Assembly assembly)
    {
        ArgumentNullException.ThrowIfNull(assembly);
        var name = assembly.GetName().Name!;
        var path = Path.Combine(FindRepositoryRoot(), "api", name + ".txt");
        var actual = Render(assembly);
        var exists = File.Exists(path);
        var expected = exists ? File.ReadAllText(path).Replace("\r\n", "\n", StringComparison.Ordinal) : string.Empty;

        if (IsUpdateRequested())
        {
            if (!string.Equals(expected, actual, StringComparison.Ordinal))
            {
                Directory.CreateDirectory(Path.GetDirectoryName(path)!);
                File.WriteAllText(path, actual, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
            }

            return;
        }

        if (string.Equals(expected, actual, StringComparison.Ordinal))
        {
            return;
        }

        var message = new StringBuilder();
        message.Append("The public API of ").Append(name).Append(" differs from ").Append(Path.Combine("api", name + ".txt"));
        message.Append(exists ? string.Empty : " (the file does not exist)").Append(".\n");
        message.Append("--- api/").Append(name).Append(".txt (snapshot)\n");
        message.Append("+++ ").Append(name).Append(" (current build)\n");
        message.Append(UnifiedDiff(SplitLines(expected), SplitLines(actual), context: 3, maxLines: 400));
        message.Append("If the change is intended, accept it by re-running with ").Append(UpdateVariable)
               .Append("=1 set, for example: ").Append(UpdateCommand).Append('\n');
        message.Append("and commit the updated api/").Append(name).Append(".txt.");
        throw new PublicApiMismatchException(message.ToString());
    }

    /// <summary>Whether <see cref="UpdateVariable"/> asks for snapshots to be rewritten.</summary>
    public static bool IsUpdateRequested()
    {
        var value = Environment.GetEnvironmentVariable(UpdateVariable);
        return value is not null
            && (value == "1" || value.Equals("true", StringComparison.OrdinalIgnoreCase) || value.Equals("yes", StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>The nearest directory at or above the test's base directory that contains EEiC.sln.</summary>
    public static string FindRepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "EEiC.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException($"No directory containing EEiC.sln at or above {AppContext.BaseDirectory}.");
    }

    /// <summary>Splits text into lines, ignoring one trailing line break.</summary>
    public static IReadOnlyList<string> SplitLines(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.Length == 0)
        {
            return [];
        }

        var lines = text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        return lines[^1].Length == 0 ? lines[..^1] : lines;
    }

    /// <summary>
    /// A unified-style line diff ("@@ -a,b +c,d @@" hunks, ' ', '-' and '+' lines) of two line lists, with
    /// <paramref name="context"/> unchanged lines around each change, truncated after <paramref name="maxLines"/> lines.
    /// </summary>
    public static string UnifiedDiff(IReadOnlyList<string> before, IReadOnlyList<string> after, int context = 3, int maxLines = int.MaxValue)
    {
        ArgumentNullException.ThrowIfNull(before);
        ArgumentNullException.ThrowIfNull(after);
        var ops = DiffOps(before, after);
        var sb = new StringBuilder();
        var written = 0;
        var i = 0;
        while (i < ops.Count)
        {
            if (ops[i].Kind == ' ')
            {
                i++;
                continue;
            }

            // A hunk: from `context` lines before this change to `context` lines after the last change that is
            // within 2 * context unchanged lines of the previous one.
            var start = Math.Max(0, i - context);
            var end = i;
            while (true)
            {
                while (end < ops.Count && ops[end].Kind != ' ')
                {
                    end++;
                }

                var next = end;
                while (next < ops.Count && ops[next].Kind == ' ')
                {
                    next++;
                }

                if (next < ops.Count && next - end <= 2 * context)
                {
                    end = next;
                    continue;
                }

                end = Math.Min(ops.Count, end + context);
                break;
            }

            int oldStart = ops[start].Before, newStart = ops[start].After;
            int oldCount = 0, newCount = 0;
            for (var k = start; k < end; k++)
            {
                if (ops[k].Kind != '+') { oldCount++; }
                if (ops[k].Kind != '-') { newCount++; }
            }

            sb.Append(CultureInfo.InvariantCulture, $"@@ -{(oldCount == 0 ? oldStart : oldStart + 1)},{oldCount} +{(newCount == 0 ? newStart : newStart + 1)},{newCount} @@\n");
            for (var k = start; k < end; k++)
            {
                if (written++ >= maxLines)
                {
                    sb.Append(CultureInfo.InvariantCulture, $"... (diff truncated after {maxLines} lines)\n");
                    return sb.ToString();
                }

                sb.Append(ops[k].Kind).Append(ops[k].Text).Append('\n');
            }

            i = end;
        }

        return sb.ToString();
    }

    private readonly record struct DiffOp(char Kind, string Text, int Before, int After);

    private static List<DiffOp> DiffOps(IReadOnlyList<string> a, IReadOnlyList<string> b)
    {
        // Common prefix and suffix, then a longest-common-subsequence table on the (usually small) middle.
        var prefix = 0;
        while (prefix < a.Count && prefix < b.Count && a[prefix] == b[prefix])
        {
            prefix++;
        }

        var suffix = 0;
        while (suffix < a.Count - prefix && suffix < b.Count - prefix && a[a.Count - 1 - suffix] == b[b.Count - 1 - suffix])
        {
            suffix++;
        }

        var ops = new List<DiffOp>();
        for (var k = 0; k < prefix; k++)
        {
            ops.Add(new DiffOp(' ', a[k], k, k));
        }

        int n = a.Count - prefix - suffix, m = b.Count - prefix - suffix;
        if ((long)n * m > 25_000_000)
        {
            // Too large for the table: report the middle as replaced wholesale.
            for (var k = 0; k < n; k++) { ops.Add(new DiffOp('-', a[prefix + k], prefix + k, prefix)); }
            for (var k = 0; k < m; k++) { ops.Add(new DiffOp('+', b[prefix + k], prefix + n, prefix + k)); }
        }
        else
        {
            var lcs = new int[n + 1, m + 1];
            for (var x = n - 1; x >= 0; x--)
            {
                for (var y = m - 1; y >= 0; y--)
                {
                    lcs[x, y] = a[prefix + x] == b[prefix + y] ? lcs[x + 1, y + 1] + 1 : Math.Max(lcs[x + 1, y], lcs[x, y + 1]);
                }
            }

            int p = 0, q = 0;
            while (p < n || q < m)
            {
                if (p < n && q < m && a[prefix + p] == b[prefix + q])
                {
                    ops.Add(new DiffOp(' ', a[prefix + p], prefix + p, prefix + q));
                    p++;
                    q++;
                }
                else if (q < m && (p == n || lcs[p, q + 1] > lcs[p + 1, q]))
                {
                    ops.Add(new DiffOp('+', b[prefix + q], prefix + p, prefix + q));
                    q++;
                }
                else
                {
                    ops.Add(new DiffOp('-', a[prefix + p], prefix + p, prefix + q));
                    p++;
                }
            }
        }

        for (var k = 0; k < suffix; k++)
        {
            ops.Add(new DiffOp(' ', a[a.Count - suffix + k], a.Count - suffix + k, b.Count - suffix + k));
        }

        return ops;
    }

    private static bool IsVisibleType(Type type)
    {
        if (type.Name.Contains('<', StringComparison.Ordinal))
        {
            return false;
        }

        if (!type.IsNested)
        {
            return type.IsPublic;
        }

        var declaring = type.DeclaringType!;
        return IsVisibleType(declaring)
            && (type.IsNestedPublic || ((type.IsNestedFamily || type.IsNestedFamORAssem) && !declaring.IsSealed));
    }

    private sealed class Renderer
    {
        private const BindingFlags Declared =
            BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;

        private static readonly Dictionary<Type, string> Keywords = new()
        {
            [typeof(void)] = "void",
            [typeof(bool)] = "bool",
            [typeof(byte)] = "byte",
            [typeof(sbyte)] = "sbyte",
            [typeof(char)] = "char",
            [typeof(short)] = "short",
            [typeof(ushort)] = "ushort",
            [typeof(int)] = "int",
            [typeof(uint)] = "uint",
            [typeof(long)] = "long",
            [typeof(ulong)] = "ulong",
            [typeof(nint)] = "nint",
            [typeof(nuint)] = "nuint",
            [typeof(float)] = "float",
            [typeof(double)] = "double",
            [typeof(decimal)] = "decimal",
            [typeof(string)] = "string",
            [typeof(object)] = "object",
        };

        private static readonly Dictionary<string, string> Operators = new(StringComparer.Ordinal)
        {
            ["op_UnaryPlus"] = "+", ["op_UnaryNegation"] = "-", ["op_LogicalNot"] = "!", ["op_OnesComplement"] = "~",
            ["op_Increment"] = "++", ["op_Decrement"] = "--", ["op_True"] = "true", ["op_False"] = "false",
            ["op_Addition"] = "+", ["op_Subtraction"] = "-", ["op_Multiply"] = "*", ["op_Division"] = "/",
            ["op_Modulus"] = "%", ["op_BitwiseAnd"] = "&", ["op_BitwiseOr"] = "|", ["op_ExclusiveOr"] = "^",
            ["op_LeftShift"] = "<<", ["op_RightShift"] = ">>", ["op_UnsignedRightShift"] = ">>>",
            ["op_Equality"] = "==", ["op_Inequality"] = "!=", ["op_LessThan"] = "<", ["op_GreaterThan"] = ">",
            ["op_LessThanOrEqual"] = "<=", ["op_GreaterThanOrEqual"] = ">=",
            ["op_CheckedUnaryNegation"] = "checked -", ["op_CheckedIncrement"] = "checked ++",
            ["op_CheckedDecrement"] = "checked --", ["op_CheckedAddition"] = "checked +",
            ["op_CheckedSubtraction"] = "checked -", ["op_CheckedMultiply"] = "checked *",
            ["op_CheckedDivision"] = "checked /",
            ["op_AdditionAssignment"] = "+=", ["op_SubtractionAssignment"] = "-=", ["op_MultiplicationAssignment"] = "*=",
            ["op_DivisionAssignment"] = "/=", ["op_ModulusAssignment"] = "%=", ["op_BitwiseAndAssignment"] = "&=",
            ["op_BitwiseOrAssignment"] = "|=", ["op_ExclusiveOrAssignment"] = "^=", ["op_LeftShiftAssignment"] = "<<=",
            ["op_RightShiftAssignment"] = ">>=", ["op_UnsignedRightShiftAssignment"] = ">>>=",
            ["op_IncrementAssignment"] = "++", ["op_DecrementAssignment"] = "--",
        };

        private readonly NullabilityInfoContext nullability = new();

        public List<string> RenderType(Type type)
        {
            var lines = new List<string> { TypeDeclaration(type) };
            if (type.IsEnum)
            {
                lines.AddRange(EnumMembers(type));
            }
            else if (!IsDelegate(type))
            {
                var members = new List<(int Kind, string Name, string Line)>();
                CollectMembers(type, members);
                members.Sort((x, y) =>
                {
                    var c = x.Kind.CompareTo(y.Kind);
                    if (c == 0) { c = string.CompareOrdinal(x.Name, y.Name); }
                    return c == 0 ? string.CompareOrdinal(x.Line, y.Line) : c;
                });
                lines.AddRange(members.Select(m => "  " + m.Line));
            }

            return lines;
        }

        // ---- Types -------------------------------------------------------------------------------------

        private string TypeDeclaration(Type type)
        {
            var sb = new StringBuilder(Attributes(type));
            sb.Append(type.IsNested && !type.IsNestedPublic ? (type.IsNestedFamily ? "protected " : "protected internal ") : "public ");
            var name = DeclaredTypeName(type);

            if (IsDelegate(type))
            {
                var invoke = type.GetMethod("Invoke")!;
                sb.Append("delegate ").Append(ReturnType(invoke)).Append(' ').Append(name)
                  .Append('(').Append(Parameters(invoke)).Append(')').Append(Constraints(OwnGenericParameters(type)));
                return sb.ToString();
            }

            if (type.IsEnum)
            {
                sb.Append("enum ").Append(name);
                var underlying = Enum.GetUnderlyingType(type);
                if (underlying != typeof(int))
                {
                    sb.Append(" : ").Append(TypeName(underlying));
                }

                return sb.ToString();
            }

            var bases = new List<string>();
            if (type.IsInterface)
            {
                sb.Append("interface ");
            }
            else if (type.IsValueType)
            {
                if (type.IsDefined(typeof(IsReadOnlyAttribute), false)) { sb.Append("readonly "); }
                if (type.IsByRefLike) { sb.Append("ref "); }
                sb.Append(IsRecordStruct(type) ? "record struct " : "struct ");
            }
            else
            {
                if (type.IsAbstract && type.IsSealed) { sb.Append("static "); }
                else if (type.IsAbstract) { sb.Append("abstract "); }
                else if (type.IsSealed) { sb.Append("sealed "); }
                sb.Append(IsRecordClass(type) ? "record " : "class ");
                if (type.BaseType is { } baseType && baseType != typeof(object))
                {
                    bases.Add(TypeName(baseType));
                }
            }

            var inherited = type.BaseType?.GetInterfaces() ?? [];
            bases.AddRange(type.GetInterfaces()
                .Where(i => IsVisibleType(i.IsGenericType ? i.GetGenericTypeDefinition() : i) && !inherited.Contains(i))
                .Select(i => TypeName(i))
                .OrderBy(s => s, StringComparer.Ordinal));

            sb.Append(name);
            if (bases.Count > 0)
            {
                sb.Append(" : ").AppendJoin(", ", bases);
            }

            sb.Append(Constraints(OwnGenericParameters(type)));
            return sb.ToString();
        }

        /// <summary>The generic parameters a type declares itself (metadata repeats those of enclosing types first).</summary>
        private static Type[] OwnGenericParameters(Type type) =>
            type.GetGenericArguments().Skip(type.IsNested ? type.DeclaringType!.GetGenericArguments().Length : 0).ToArray();

        private static bool IsDelegate(Type type) => type.BaseType == typeof(MulticastDelegate);

        private static bool IsRecordClass(Type type) =>
            type.GetMethods(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance).Any(m => m.Name == "<Clone>$");

        private static bool IsRecordStruct(Type type) =>
            type.GetMethod("PrintMembers", Declared, [typeof(StringBuilder)]) is { } m
            && m.ReturnType == typeof(bool)
            && m.IsDefined(typeof(CompilerGeneratedAttribute), false);

        /// <summary>The declared name of a type: namespace, enclosing types and own generic parameters (with variance).</summary>
        public static string DeclaredTypeName(Type type)
        {
            var all = type.GetGenericArguments();
            var sb = new StringBuilder();
            AppendDeclaredName(type, all, sb);
            return sb.ToString();
        }

        private static void AppendDeclaredName(Type type, Type[] all, StringBuilder sb)
        {
            if (type.IsNested)
            {
                AppendDeclaredName(type.DeclaringType!, all, sb);
                sb.Append('.');
            }
            else if (!string.IsNullOrEmpty(type.Namespace))
            {
                sb.Append(type.Namespace).Append('.');
            }

            var (simple, arity) = SplitArity(type.Name);
            sb.Append(simple);
            if (arity > 0)
            {
                var offset = (type.IsNested ? type.DeclaringType!.GetGenericArguments().Length : 0);
                sb.Append('<').AppendJoin(", ", all.Skip(offset).Take(arity).Select(p =>
                {
                    var variance = p.GenericParameterAttributes & GenericParameterAttributes.VarianceMask;
                    return (variance == GenericParameterAttributes.Covariant ? "out " : variance == GenericParameterAttributes.Contravariant ? "in " : string.Empty) + p.Name;
                })).Append('>');
            }
        }

        private static (string Name, int Arity) SplitArity(string name)
        {
            var tick = name.IndexOf('`', StringComparison.Ordinal);
            return tick < 0 ? (name, 0) : (name[..tick], int.Parse(name[(tick + 1)..], CultureInfo.InvariantCulture));
        }

        private string Constraints(Type[] parameters)
        {
            var sb = new StringBuilder();
            foreach (var p in parameters.Where(p => p.IsGenericParameter))
            {
                var parts = new List<string>();
                var attributes = p.GenericParameterAttributes;
                var nullable = NullableFlag(p);
                var isStruct = (attributes & GenericParameterAttributes.NotNullableValueTypeConstraint) != 0;
                if (isStruct)
                {
                    parts.Add(p.CustomAttributes.Any(a => a.AttributeType.FullName == "System.Runtime.CompilerServices.IsUnmanagedAttribute") ? "unmanaged" : "struct");
                }
                else if ((attributes & GenericParameterAttributes.ReferenceTypeConstraint) != 0)
                {
                    parts.Add(nullable == 2 ? "class?" : "class");
                }
                else if (nullable == 1 && p.GetGenericParameterConstraints().Length == 0)
                {
                    parts.Add("notnull");
                }

                var constraintTypes = p.GetGenericParameterConstraints().Where(c => c != typeof(ValueType)).ToList();
                parts.AddRange(constraintTypes.Where(c => !c.IsInterface).Select(c => TypeName(c)));
                parts.AddRange(constraintTypes.Where(c => c.IsInterface).Select(c => TypeName(c)).OrderBy(s => s, StringComparer.Ordinal));
                if (!isStruct && (attributes & GenericParameterAttributes.DefaultConstructorConstraint) != 0)
                {
                    parts.Add("new()");
                }

                if (((int)attributes & 0x20) != 0)
                {
                    // GenericParameterAttributes.AllowByRefLike (.NET 9+).
                    parts.Add("allows ref struct");
                }

                if (parts.Count > 0)
                {
                    sb.Append(" where ").Append(p.Name).Append(" : ").AppendJoin(", ", parts);
                }
            }

            return sb.ToString();
        }

        /// <summary>
        /// The nullable annotation of a generic parameter (0 oblivious, 1 not null, 2 maybe null): its own
        /// [Nullable], or else the [NullableContext] of the nearest enclosing method or type.
        /// </summary>
        private static byte? NullableFlag(Type genericParameter)
        {
            var own = FirstByte(genericParameter.CustomAttributes, "System.Runtime.CompilerServices.NullableAttribute");
            if (own is not null)
            {
                return own;
            }

            if (genericParameter.DeclaringMethod is { } method
                && FirstByte(method.CustomAttributes, "System.Runtime.CompilerServices.NullableContextAttribute") is { } fromMethod)
            {
                return fromMethod;
            }

            for (var type = genericParameter.DeclaringType; type is not null; type = type.DeclaringType)
            {
                if (FirstByte(type.CustomAttributes, "System.Runtime.CompilerServices.NullableContextAttribute") is { } fromType)
                {
                    return fromType;
                }
            }

            return null;
        }

        private static byte? FirstByte(IEnumerable<CustomAttributeData> attributes, string attributeName)
        {
            var attribute = attributes.FirstOrDefault(a => a.AttributeType.FullName == attributeName);
            return attribute?.ConstructorArguments[0].Value switch
            {
                byte b => b,
                ReadOnlyCollection<CustomAttributeTypedArgument> list when list.Count > 0 => (byte)list[0].Value!,
                _ => null,
            };
        }

        // ---- Members -----------------------------------------------------------------------------------

        private static bool IsVisible(MethodBase? method, Type declaring) =>
            method is not null && (method.IsPublic || ((method.IsFamily || method.IsFamilyOrAssembly) && !declaring.IsSealed));

        private static bool IsVisible(FieldInfo field, Type declaring) =>
            field.IsPublic || ((field.IsFamily || field.IsFamilyOrAssembly) && !declaring.IsSealed);

        private static string Access(MethodBase method) => method.IsPublic ? "public" : method.IsFamily ? "protected" : "protected internal";

        private static bool Unspeakable(MemberInfo member) => member.Name.Contains('<', StringComparison.Ordinal);

        private void CollectMembers(Type type, List<(int Kind, string Name, string Line)> members)
        {
            var accessors = new HashSet<MethodInfo>();

            foreach (var property in type.GetProperties(Declared))
            {
                foreach (var accessor in property.GetAccessors(nonPublic: true)) { accessors.Add(accessor); }
                if (Unspeakable(property)) { continue; }
                var get = IsVisible(property.GetMethod, type) ? property.GetMethod : null;
                var set = IsVisible(property.SetMethod, type) ? property.SetMethod : null;
                if (get is null && set is null) { continue; }
                members.Add((2, property.Name, Property(type, property, get, set)));
            }

            foreach (var @event in type.GetEvents(Declared))
            {
                foreach (var accessor in new[] { @event.AddMethod, @event.RemoveMethod, @event.RaiseMethod }.OfType<MethodInfo>()) { accessors.Add(accessor); }
                if (Unspeakable(@event) || !IsVisible(@event.AddMethod, type)) { continue; }
                var add = @event.AddMethod!;
                var eventInfo = Try(() => nullability.Create(@event));
                var eventType = TypeName(@event.EventHandlerType!, eventInfo, eventInfo?.ReadState ?? NullabilityState.Unknown, @event.GetCustomAttributesData(), @event);
                members.Add((3, @event.Name, $"{Attributes(@event)}{Access(add)} {Modifiers(type, add)}event {eventType} {@event.Name}"));
            }

            foreach (var ctor in type.GetConstructors(Declared))
            {
                if (ctor.IsStatic || !IsVisible(ctor, type)) { continue; }
                members.Add((0, string.Empty, $"{Attributes(ctor)}{Access(ctor)} {SplitArity(type.Name).Name}({Parameters(ctor)})"));
            }

            foreach (var field in type.GetFields(Declared))
            {
                if (Unspeakable(field) || !IsVisible(field, type)) { continue; }
                members.Add((1, field.Name, Field(field)));
            }

            foreach (var method in type.GetMethods(Declared))
            {
                if (accessors.Contains(method) || Unspeakable(method) || !IsVisible(method, type)) { continue; }
                var isOperator = method.IsSpecialName && method.Name.StartsWith("op_", StringComparison.Ordinal);
                members.Add((isOperator ? 5 : 4, method.Name, Method(type, method, isOperator)));
            }
        }

        private static NullabilityInfo? Try(Func<NullabilityInfo> create)
        {
            try
            {
                return create();
            }
            catch (Exception e) when (e is InvalidOperationException or NotSupportedException or ArgumentException)
            {
                return null;
            }
        }

        private static string Modifiers(Type declaring, MethodInfo method)
        {
            if (declaring.IsInterface)
            {
                if (!method.IsStatic) { return method.IsAbstract ? string.Empty : (method.IsVirtual ? string.Empty : "sealed "); }
                return method.IsAbstract ? "static abstract " : method.IsVirtual ? "static virtual " : "static ";
            }

            if (method.IsStatic) { return "static "; }
            if (method.IsAbstract) { return method.GetBaseDefinition() != method ? "abstract override " : "abstract "; }
            if (!method.IsVirtual) { return string.Empty; }
            var isOverride = method.GetBaseDefinition() != method;
            if (method.IsFinal) { return isOverride ? "sealed override " : string.Empty; }
            return isOverride ? "override " : "virtual ";
        }

        private string Property(Type declaring, PropertyInfo property, MethodInfo? get, MethodInfo? set)
        {
            var primary = get ?? set!;
            var access = new[] { get, set }.OfType<MethodInfo>().Any(m => m.IsPublic) ? "public" : Access(primary);
            var info = Try(() => nullability.Create(property));
            var sb = new StringBuilder(Attributes(property)).Append(access).Append(' ');
            if (property.IsDefined(typeof(RequiredMemberAttribute), false)) { sb.Append("required "); }
            sb.Append(Modifiers(declaring, primary));
            if (property.GetMethod?.ReturnParameter.IsDefined(typeof(IsReadOnlyAttribute), false) == true) { sb.Append("ref readonly "); }
            else if (property.PropertyType.IsByRef) { sb.Append("ref "); }
            var state = info is null ? NullabilityState.Unknown : get is not null ? info.ReadState : info.WriteState;
            sb.Append(TypeName(property.PropertyType, info, state, property.GetCustomAttributesData(), property)).Append(' ');
            var index = property.GetIndexParameters();
            sb.Append(index.Length > 0 ? $"this[{Parameters(index)}]" : property.Name).Append(" { ");
            foreach (var (accessor, keyword) in new[] { (get, "get"), (set, IsInitOnly(set) ? "init" : "set") })
            {
                if (accessor is null) { continue; }
                var accessorAccess = Access(accessor);
                if (accessorAccess != access) { sb.Append(accessorAccess).Append(' '); }
                sb.Append(keyword).Append("; ");
            }

            return sb.Append('}').ToString();
        }

        private static bool IsInitOnly(MethodInfo? setter) =>
            setter is not null && setter.ReturnParameter.GetRequiredCustomModifiers().Contains(typeof(IsExternalInit));

        private string Field(FieldInfo field)
        {
            var sb = new StringBuilder(Attributes(field)).Append(field.IsPublic ? "public " : field.IsFamily ? "protected " : "protected internal ");
            if (field.IsLiteral) { sb.Append("const "); }
            else
            {
                if (field.IsStatic) { sb.Append("static "); }
                if (field.IsInitOnly) { sb.Append("readonly "); }
                if (field.GetRequiredCustomModifiers().Contains(typeof(IsVolatile))) { sb.Append("volatile "); }
            }

            var info = Try(() => nullability.Create(field));
            sb.Append(TypeName(field.FieldType, info, info?.ReadState ?? NullabilityState.Unknown, field.GetCustomAttributesData(), field))
              .Append(' ').Append(field.Name);
            if (field.IsLiteral)
            {
                sb.Append(" = ").Append(Constant(field.FieldType, field.GetRawConstantValue()));
            }

            return sb.ToString();
        }

        private string Method(Type declaring, MethodInfo method, bool isOperator)
        {
            var sb = new StringBuilder(Attributes(method)).Append(Access(method)).Append(' ').Append(Modifiers(declaring, method));
            var parameters = $"({Parameters(method)})";
            if (method.Name is "op_Implicit" or "op_Explicit" or "op_CheckedExplicit")
            {
                var conversion = method.Name switch { "op_Implicit" => "implicit operator ", "op_Explicit" => "explicit operator ", _ => "explicit operator checked " };
                return sb.Append(conversion).Append(ReturnType(method)).Append(parameters).ToString();
            }

            sb.Append(ReturnType(method)).Append(' ');
            if (isOperator && Operators.TryGetValue(method.Name, out var symbol))
            {
                sb.Append("operator ").Append(symbol);
            }
            else
            {
                sb.Append(method.Name);
                if (method.IsGenericMethodDefinition)
                {
                    sb.Append('<').AppendJoin(", ", method.GetGenericArguments().Select(a => a.Name)).Append('>');
                }
            }

            sb.Append(parameters);
            if (method.IsGenericMethodDefinition)
            {
                sb.Append(Constraints(method.GetGenericArguments()));
            }

            return sb.ToString();
        }

        private string ReturnType(MethodInfo method)
        {
            var parameter = method.ReturnParameter;
            var info = Try(() => nullability.Create(parameter));
            var prefix = parameter.ParameterType.IsByRef
                ? (parameter.IsDefined(typeof(IsReadOnlyAttribute), false) ? "ref readonly " : "ref ")
                : string.Empty;
            return prefix + TypeName(parameter.ParameterType, info, info?.ReadState ?? NullabilityState.Unknown, parameter.GetCustomAttributesData(), method);
        }

        private string Parameters(MethodBase method) => Parameters(method.GetParameters(), method.IsDefined(typeof(ExtensionAttribute), false));

        private string Parameters(ParameterInfo[] parameters, bool extension = false)
        {
            var rendered = new List<string>();
            foreach (var p in parameters)
            {
                var sb = new StringBuilder();
                if (extension && p.Position == 0) { sb.Append("this "); }
                if (p.IsDefined(typeof(ParamArrayAttribute), false) || p.CustomAttributes.Any(a => a.AttributeType.FullName == "System.Runtime.CompilerServices.ParamCollectionAttribute"))
                {
                    sb.Append("params ");
                }

                if (p.ParameterType.IsByRef)
                {
                    if (p.IsOut && !p.IsIn) { sb.Append("out "); }
                    else if (p.CustomAttributes.Any(a => a.AttributeType.FullName == "System.Runtime.CompilerServices.RequiresLocationAttribute")) { sb.Append("ref readonly "); }
                    else if (p.IsIn || p.IsDefined(typeof(IsReadOnlyAttribute), false)) { sb.Append("in "); }
                    else { sb.Append("ref "); }
                }

                var info = Try(() => nullability.Create(p));
                // WriteState: the declared annotation (plus [AllowNull]/[DisallowNull]); ReadState would turn the common
                // [MaybeNullWhen(false)] out T value into "out T? value".
                var state = info?.WriteState ?? NullabilityState.Unknown;
                sb.Append(TypeName(p.ParameterType, info, state, p.GetCustomAttributesData(), p.Member)).Append(' ').Append(p.Name);
                if (HasDefault(p, out var value))
                {
                    sb.Append(" = ").Append(Default(p.ParameterType, value));
                }

                rendered.Add(sb.ToString());
            }

            return string.Join(", ", rendered);
        }

        private static bool HasDefault(ParameterInfo p, out object? value)
        {
            value = null;
            try
            {
                if (!p.HasDefaultValue) { return false; }
                value = p.RawDefaultValue;
                return true;
            }
            catch (FormatException)
            {
                return false;
            }
        }

        private string Default(Type type, object? value)
        {
            if (value is null || value == DBNull.Value || value is Missing)
            {
                var t = type.IsByRef ? type.GetElementType()! : type;
                return t.IsGenericParameter || (t.IsValueType && Nullable.GetUnderlyingType(t) is null) ? "default" : "null";
            }

            return Constant(type, value);
        }

        private string Constant(Type type, object? value)
        {
            var t = type.IsByRef ? type.GetElementType()! : type;
            t = Nullable.GetUnderlyingType(t) ?? t;
            if (value is null) { return "null"; }
            if (t.IsEnum)
            {
                var enumValue = Enum.ToObject(t, value);
                var name = Enum.GetName(t, enumValue);
                return name is not null ? $"{TypeName(t)}.{name}" : $"({TypeName(t)}){Convert.ToString(value, CultureInfo.InvariantCulture)}";
            }

            return value switch
            {
                string s => Quote(s, '"'),
                char c => Quote(c.ToString(), '\''),
                bool b => b ? "true" : "false",
                float f => float.IsNaN(f) ? "float.NaN" : float.IsPositiveInfinity(f) ? "float.PositiveInfinity" : float.IsNegativeInfinity(f) ? "float.NegativeInfinity" : f.ToString("R", CultureInfo.InvariantCulture) + "F",
                double d => double.IsNaN(d) ? "double.NaN" : double.IsPositiveInfinity(d) ? "double.PositiveInfinity" : double.IsNegativeInfinity(d) ? "double.NegativeInfinity" : DoubleLiteral(d),
                decimal m => m.ToString(CultureInfo.InvariantCulture) + "M",
                IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
                _ => value.ToString() ?? string.Empty,
            };
        }

        private static string DoubleLiteral(double d)
        {
            var s = d.ToString("R", CultureInfo.InvariantCulture);
            return s.Contains('.', StringComparison.Ordinal) || s.Contains('E', StringComparison.Ordinal) ? s : s + ".0";
        }

        private static string Quote(string s, char quote)
        {
            var sb = new StringBuilder().Append(quote);
            foreach (var c in s)
            {
                switch (c)
                {
                    case '\\': sb.Append(@"\\"); break;
                    case '\n': sb.Append(@"\n"); break;
                    case '\r': sb.Append(@"\r"); break;
                    case '\t': sb.Append(@"\t"); break;
                    case '\0': sb.Append(@"\0"); break;
                    default:
                        if (c == quote) { sb.Append('\\').Append(c); }
                        else if (char.IsControl(c) || char.IsSurrogate(c) || c > '\u007e') { sb.Append(CultureInfo.InvariantCulture, $"\\u{(int)c:x4}"); }
                        else { sb.Append(c); }
                        break;
                }
            }

            return sb.Append(quote).ToString();
        }

        private IEnumerable<string> EnumMembers(Type type)
        {
            return type.GetFields(BindingFlags.Public | BindingFlags.Static)
                .Select(f => (Field: f, Value: Convert.ToDecimal(f.GetRawConstantValue(), CultureInfo.InvariantCulture)))
                .OrderBy(x => x.Value)
                .ThenBy(x => x.Field.Name, StringComparer.Ordinal)
                .Select(x => $"  {Attributes(x.Field)}{x.Field.Name} = {x.Value.ToString(CultureInfo.InvariantCulture)}");
        }

        private static string Attributes(MemberInfo member)
        {
            var sb = new StringBuilder();
            if (member is Type { IsEnum: true } && member.IsDefined(typeof(FlagsAttribute), false))
            {
                sb.Append("[System.Flags] ");
            }

            var obsolete = member.GetCustomAttributesData().FirstOrDefault(a => a.AttributeType == typeof(ObsoleteAttribute));
            if (obsolete is not null)
            {
                var arguments = obsolete.ConstructorArguments.Select(a => a.Value switch
                {
                    string s => Quote(s, '"'),
                    bool b => b ? "true" : "false",
                    var v => Convert.ToString(v, CultureInfo.InvariantCulture) ?? "null",
                }).ToList();
                sb.Append("[System.Obsolete").Append(arguments.Count > 0 ? $"({string.Join(", ", arguments)})" : string.Empty).Append("] ");
            }

            return sb.ToString();
        }

        // ---- Type names --------------------------------------------------------------------------------

        private static IReadOnlyList<string?>? TupleNames(IList<CustomAttributeData> attributes)
        {
            var data = attributes.FirstOrDefault(a => a.AttributeType == typeof(TupleElementNamesAttribute));
            return data?.ConstructorArguments[0].Value is ReadOnlyCollection<CustomAttributeTypedArgument> names
                ? names.Select(n => (string?)n.Value).ToList()
                : null;
        }

        /// <summary>A type without nullable annotations (base types, interfaces, constraints, enum names).</summary>
        private static string TypeName(Type type) => new TypeNameWriter(null).Write(type, null, NullabilityState.Unknown, null);

        /// <summary>
        /// The type of a member, parameter or return value, annotated with what <see cref="NullabilityInfoContext"/>
        /// reports (<paramref name="state"/> at the top level, ReadState below), except for uses of generic type parameters.
        /// </summary>
        private static string TypeName(Type type, NullabilityInfo? info, NullabilityState state, IList<CustomAttributeData> attributes, MemberInfo context) =>
            new TypeNameWriter(TupleNames(attributes)).Write(type, info, state, DeclaredNullability.Read(type, attributes, context));

        /// <summary>
        /// The nullable annotations as declared: the [Nullable] bytes of a member (or the enclosing [NullableContext]),
        /// laid out in the same pre-order as <see cref="NullabilityInfo"/>. NullabilityInfoContext replaces the annotation
        /// of a use of a generic type parameter by that parameter's own nullability, so that a plain <c>T</c> with an
        /// unconstrained <c>T</c> would read as <c>T?</c>; for those uses the declared byte is rendered instead.
        /// </summary>
        private sealed class DeclaredNullability(byte? state, DeclaredNullability? element, DeclaredNullability[] arguments)
        {
            public byte? State { get; } = state;

            public DeclaredNullability? Element { get; } = element;

            public IReadOnlyList<DeclaredNullability> Arguments { get; } = arguments;

            public static DeclaredNullability Read(Type type, IList<CustomAttributeData> attributes, MemberInfo context)
            {
                var argument = attributes.FirstOrDefault(a => a.AttributeType.FullName == "System.Runtime.CompilerServices.NullableAttribute")?.ConstructorArguments[0].Value;
                byte? contextByte = null;
                for (MemberInfo? member = context; member is not null && contextByte is null; member = member.DeclaringType)
                {
                    contextByte = FirstByte(member.CustomAttributes, "System.Runtime.CompilerServices.NullableContextAttribute");
                }

                var index = 0;
                return Read(type, argument, contextByte, ref index);
            }

            // Mirrors the traversal of NullabilityInfoContext (and of the compiler's encoding): reference types and
            // type parameters take one byte, generic value types one (ignored) byte, non-generic value types none;
            // then array element types and generic arguments follow in order.
            private static DeclaredNullability Read(Type type, object? argument, byte? contextByte, ref int index)
            {
                byte? state = null;
                DeclaredNullability? element = null;
                var underlying = type.IsByRef || type.IsPointer ? type.GetElementType()! : type;
                if (underlying.IsValueType)
                {
                    underlying = Nullable.GetUnderlyingType(underlying) ?? underlying;
                    if (underlying.IsGenericType) { index++; }
                }
                else
                {
                    state = ByteAt(argument, index++) ?? contextByte;
                    if (underlying.IsArray)
                    {
                        element = Read(underlying.GetElementType()!, argument, contextByte, ref index);
                    }
                }

                var arguments = Array.Empty<DeclaredNullability>();
                if (underlying.IsGenericType)
                {
                    var types = underlying.GetGenericArguments();
                    arguments = new DeclaredNullability[types.Length];
                    for (var i = 0; i < types.Length; i++)
                    {
                        arguments[i] = Read(types[i], argument, contextByte, ref index);
                    }
                }

                return new DeclaredNullability(state, element, arguments);
            }

            private static byte? ByteAt(object? argument, int index) => argument switch
            {
                byte b => b,
                ReadOnlyCollection<CustomAttributeTypedArgument> list when index < list.Count => (byte)list[index].Value!,
                _ => null,
            };
        }

        /// <summary>Writes a type as C# would, walking tuple element names in the attribute's pre-order.</summary>
        private sealed class TypeNameWriter(IReadOnlyList<string?>? tupleNames)
        {
            private int tupleCursor;

            public string Write(Type type, NullabilityInfo? info, NullabilityState state, DeclaredNullability? declared)
            {
                if (type.IsByRef)
                {
                    // ref/out/in are written by the caller; the nullability trees already describe the element type.
                    return Write(type.GetElementType()!, info, state, declared);
                }

                if (type.IsPointer)
                {
                    return Write(type.GetElementType()!, null, NullabilityState.Unknown, null) + "*";
                }

                if (type.IsArray)
                {
                    var element = Write(type.GetElementType()!, info?.ElementType, info?.ElementType?.ReadState ?? NullabilityState.Unknown, declared?.Element);
                    var rank = type.IsSZArray ? "[]" : "[" + new string(',', type.GetArrayRank() - 1) + "]";
                    return element + rank + Suffix(state);
                }

                if (Nullable.GetUnderlyingType(type) is { } underlying)
                {
                    // Both trees describe Nullable<X> by X's generic arguments directly.
                    return Write(underlying, info, NullabilityState.NotNull, declared) + "?";
                }

                if (type.IsGenericParameter)
                {
                    if (type.IsValueType)
                    {
                        return type.Name;
                    }

                    var declaredState = declared?.State switch
                    {
                        2 => NullabilityState.Nullable,
                        1 => NullabilityState.NotNull,
                        0 => NullabilityState.Unknown,
                        _ => state,
                    };
                    return type.Name + Suffix(declaredState);
                }

                if (Keywords.TryGetValue(type, out var keyword))
                {
                    return keyword + (type.IsValueType ? string.Empty : Suffix(state));
                }

                if (IsValueTuple(type))
                {
                    var elements = new List<(Type Type, NullabilityInfo? Info, DeclaredNullability? Declared)>();
                    FlattenTuple(type, info, declared, elements);
                    if (elements.Count > 1)
                    {
                        var names = tupleNames is null ? null : Enumerable.Range(tupleCursor, elements.Count).Select(i => i < tupleNames.Count ? tupleNames[i] : null).ToList();
                        tupleCursor += elements.Count;
                        var parts = elements.Select((e, i) =>
                        {
                            var written = Write(e.Type, e.Info, e.Info?.ReadState ?? NullabilityState.Unknown, e.Declared);
                            return names?[i] is { } n ? $"{written} {n}" : written;
                        }).ToList();
                        return "(" + string.Join(", ", parts) + ")";
                    }
                }

                var sb = new StringBuilder();
                var used = 0;
                AppendName(type, type.GetGenericArguments(), info, declared, ref used, sb);
                if (!type.IsValueType)
                {
                    sb.Append(Suffix(state));
                }

                return sb.ToString();
            }

            private void AppendName(Type type, Type[] arguments, NullabilityInfo? info, DeclaredNullability? declared, ref int used, StringBuilder sb)
            {
                var definition = type.IsGenericType ? type.GetGenericTypeDefinition() : type;
                if (definition.IsNested)
                {
                    AppendName(definition.DeclaringType!, arguments, info, declared, ref used, sb);
                    sb.Append('.');
                }
                else if (!string.IsNullOrEmpty(definition.Namespace))
                {
                    sb.Append(definition.Namespace).Append('.');
                }

                var (simple, arity) = SplitArity(definition.Name);
                sb.Append(simple);
                if (arity > 0)
                {
                    var parts = new List<string>();
                    for (var i = 0; i < arity && used < arguments.Length; i++, used++)
                    {
                        var (argumentInfo, argumentDeclared) = Child(info, declared, used);
                        parts.Add(Write(arguments[used], argumentInfo, argumentInfo?.ReadState ?? NullabilityState.Unknown, argumentDeclared));
                    }

                    sb.Append('<').AppendJoin(", ", parts).Append('>');
                }
            }

            private static (NullabilityInfo? Info, DeclaredNullability? Declared) Child(NullabilityInfo? info, DeclaredNullability? declared, int index) =>
                (info is not null && index < info.GenericTypeArguments.Length ? info.GenericTypeArguments[index] : null,
                 declared is not null && index < declared.Arguments.Count ? declared.Arguments[index] : null);

            private static bool IsValueTuple(Type type) =>
                type.IsGenericType && !type.IsGenericTypeDefinition && type.Namespace == "System"
                && type.Name.StartsWith("ValueTuple`", StringComparison.Ordinal);

            private static void FlattenTuple(Type type, NullabilityInfo? info, DeclaredNullability? declared, List<(Type, NullabilityInfo?, DeclaredNullability?)> elements)
            {
                var arguments = type.GetGenericArguments();
                for (var i = 0; i < arguments.Length; i++)
                {
                    var (argumentInfo, argumentDeclared) = Child(info, declared, i);
                    if (i == 7 && IsValueTuple(arguments[i]))
                    {
                        FlattenTuple(arguments[i], argumentInfo, argumentDeclared, elements);
                    }
                    else
                    {
                        elements.Add((arguments[i], argumentInfo, argumentDeclared));
                    }
                }
            }

            private static string Suffix(NullabilityState state) => state == NullabilityState.Nullable ? "?" : string.Empty;
        }
    }
}

/// <summary>Thrown when an assembly's public API differs from its snapshot.</summary>
internal sealed class PublicApiMismatchException(string message) : Exception(message);
