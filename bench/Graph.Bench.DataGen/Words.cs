namespace Graph.Bench.DataGen;

/// <summary>Vocabulary the generator draws from: mostly French and German with accents, some English, a little CJK and emoji.</summary>
internal static class Words
{
    public static readonly string[] GivenNames =
    [
        "Élodie", "Zoé", "Anaïs", "Jérôme", "François", "Hélène", "Günther", "Jürgen", "Björn", "Søren", "Chloé", "Maëlle",
        "Noémie", "Loïc", "Aurélien", "Bérénice", "Cécile", "Dörte", "Käthe", "Ulrich", "Alice", "Bob", "Carol", "David",
        "Mathilde", "Théo", "Inès", "Raphaël", "Léa", "Renée", "Yūki", "Haruto", "美咲", "翔太", "Ολυμπία", "Sergeï",
    ];

    public static readonly string[] FamilyNames =
    [
        "Dupont", "Lefèvre", "Müller", "Schröder", "Größer", "Fontaine", "Bérard", "Château", "Weiß", "Köhler", "Martin",
        "Bernard", "Dubois", "Lambert", "Faure", "Rousseau", "Smith", "Jones", "Nakamura", "山田", "佐藤", "Øberg", "Çelik",
    ];

    public static readonly string[] Text =
    [
        "le", "la", "les", "un", "une", "des", "musée", "œuvre", "été", "hiver", "forêt", "château", "rivière", "à", "où",
        "très", "déjà", "naïf", "façade", "cœur", "fenêtre", "sculpté", "peint", "tableau", "siècle", "der", "die", "das",
        "und", "über", "Straße", "Größe", "schön", "Brücke", "Mädchen", "Bücher", "Kunst", "Gemälde", "Frühling", "the",
        "of", "and", "collection", "painting", "garden", "light", "museum", "archive", "letter", "river", "portrait",
        "美術館", "絵画", "東京", "🎨", "🖼️", "😀", "✨", "«", "»", "—", "l'Église", "Saint-Étienne", "Île-de-France",
    ];

    public static readonly string[] Streets =
    [
        "rue de l'Église", "avenue des Champs-Élysées", "place du Marché", "Hauptstraße", "Königsallee", "Bahnhofstraße",
        "quai d'Orsay", "boulevard Saint-Germain", "Große Bleiche", "chemin des Écoliers", "銀座通り",
    ];

    public static readonly string[] Cities =
    [
        "Paris", "Lyon", "Besançon", "Orléans", "Nîmes", "Genève", "Zürich", "München", "Köln", "Düsseldorf", "Berlin",
        "Montréal", "Québec", "Bruxelles", "Liège", "東京", "京都",
    ];

    public static readonly string[] Languages = ["fr", "fr", "fr", "de", "de", "en", "en-GB", "ja"];
}
