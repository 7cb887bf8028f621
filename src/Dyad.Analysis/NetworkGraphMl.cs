using System.Globalization;
using System.Xml;

namespace Dyad.Analysis;

/// <summary>Writes a <see cref="Network"/> as GraphML (Gephi, yEd, networkx read it). Stateless.</summary>
public static class NetworkGraphMl
{
    /// <summary>Writes the network to <paramref name="output"/> as UTF-8 GraphML.</summary>
    public static void Write(Network network, Stream output)
    {
        using var w = XmlWriter.Create(output, new XmlWriterSettings { Indent = true, Encoding = new System.Text.UTF8Encoding(false) });
        const string Ns = "http://graphml.graphdrawing.org/xmlns";
        w.WriteStartElement("graphml", Ns);
        void Key(string id, string target, string name, string type)
        {
            w.WriteStartElement("key", Ns);
            w.WriteAttributeString("id", id);
            w.WriteAttributeString("for", target);
            w.WriteAttributeString("attr.name", name);
            w.WriteAttributeString("attr.type", type);
            w.WriteEndElement();
        }
        Key("name", "node", "name", "string");
        Key("events", "node", "events", "long");
        Key("ngold", "node", "goldstein_mean", "double");
        Key("count", "edge", "events", "long");
        Key("gold", "edge", "goldstein_mean", "double");
        Key("coop", "edge", "cooperation", "long");
        Key("conf", "edge", "conflict", "long");
        w.WriteStartElement("graph", Ns);
        w.WriteAttributeString("id", "dyad");
        w.WriteAttributeString("edgedefault", "directed");
        void Data(string key, string value)
        {
            w.WriteStartElement("data", Ns);
            w.WriteAttributeString("key", key);
            w.WriteString(value);
            w.WriteEndElement();
        }
        foreach (var n in network.Nodes)
        {
            w.WriteStartElement("node", Ns);
            w.WriteAttributeString("id", n.Code);
            if (n.Name is not null) Data("name", n.Name);
            Data("events", n.Events.ToString(CultureInfo.InvariantCulture));
            Data("ngold", n.GoldsteinMean.ToString("R", CultureInfo.InvariantCulture));
            w.WriteEndElement();
        }
        foreach (var e in network.Edges)
        {
            w.WriteStartElement("edge", Ns);
            w.WriteAttributeString("source", e.Source);
            w.WriteAttributeString("target", e.Target);
            Data("count", e.Events.ToString(CultureInfo.InvariantCulture));
            Data("gold", e.GoldsteinMean.ToString("R", CultureInfo.InvariantCulture));
            Data("coop", e.Cooperation.ToString(CultureInfo.InvariantCulture));
            Data("conf", e.Conflict.ToString(CultureInfo.InvariantCulture));
            w.WriteEndElement();
        }
        w.WriteEndElement();
        w.WriteEndElement();
    }
}
