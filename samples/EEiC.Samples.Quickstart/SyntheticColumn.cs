/// <summary>
/// A synthetic ethnicity column that looks like a real extract: NHS codes, labels in several spellings,
/// school-census abbreviations, blanks, refusals, local codes and a few values nobody can map. The mix is
/// invented for illustration; it describes no real population.
/// </summary>
internal static class SyntheticColumn
{
    private static readonly (string Value, int Weight)[] Spellings =
    [
        ("A", 4200), ("White - British", 1800), ("WHITE BRITISH", 600), ("WBRI", 300), ("British", 200),
        ("B", 150), ("White Irish", 60), ("C", 500), ("Any other White background", 180), ("CP", 90), ("White: Roma", 40),
        ("D", 120), ("E", 60), ("F", 90), ("Mixed - White & Asian", 40), ("G", 110),
        ("H", 700), ("Indian", 250), ("J", 900), ("Pakistani", 300), ("J1", 60), ("Kashmiri", 30),
        ("K", 260), ("Bangladeshi", 80), ("L", 230), ("M", 300), ("Black Caribbean", 90), ("N", 500), ("African", 150),
        ("N1", 110), ("Somali", 70), ("P", 90), ("R", 120), ("Chinese", 40), ("S", 210), ("Arab", 50),
        ("Z", 600), ("Refused", 150), ("99", 900), ("", 1400), ("X", 200), ("Not known", 150),
        ("White", 80), ("Asian", 40), ("NA", 30), ("Other", 45), ("BME", 25), ("see notes", 10),
    ];

    public static string?[] Generate(int count, int seed)
    {
        var total = Spellings.Sum(s => s.Weight);
        var random = new Random(seed);
        var values = new string?[count];
        for (var i = 0; i < count; i++)
        {
            var pick = random.Next(total);
            foreach (var (value, weight) in Spellings)
            {
                if ((pick -= weight) < 0)
                {
                    values[i] = value;
                    break;
                }
            }
        }

        return values;
    }
}
