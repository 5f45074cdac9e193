using System.Text.Json.Nodes;

namespace EEiC.Tools.Tests;

/// <summary>A small hand-written definition that uses every feature of the engine, for the engine's tests.</summary>
internal static class SampleTool
{
    public const string Json = """
    {
      "schema_version": 1,
      "id": "sample-checklist",
      "version": "1.2.0",
      "title": "Sample checklist",
      "purpose": "Exercises every feature of the tool engine.",
      "source": { "document": "eeic-nihr-report-2013", "location": "lines 2338-2350" },
      "audiences": ["Commissioner", "CommunityRepresentative"],
      "modes": ["Evaluative", "Diagnostic"],
      "documents": [ { "id": "local-strategy", "citation": "Anytown ICB. Health inequalities strategy 2024." } ],
      "scales": [
        { "id": "rag", "label": "RAG with absence of evidence",
          "source": { "document": "eeic-nihr-report-2013", "location": "lines 2342-2350" }, "provenance": "FromSource",
          "levels": [
            { "id": "no-evidence", "label": "No evidence", "score": 0, "is_absence_of_evidence": true },
            { "id": "red", "label": "Red", "score": 1 },
            { "id": "amber", "label": "Amber", "score": 2 },
            { "id": "green", "label": "Green", "score": 3 } ] },
        { "id": "zero-three", "label": "0 to 3",
          "levels": [ { "id": "s0", "label": "0", "score": 0 }, { "id": "s3", "label": "3", "score": 3 } ] }
      ],
      "scoring": { "method": "WeightedPercentage", "provenance": "Inferred",
        "bands": [ { "id": "weak", "label": "Weak", "from": 0 }, { "id": "partial", "label": "Partial", "from": 50 }, { "id": "good", "label": "Good", "from": 80 } ] },
      "facts": [
        { "id": "completeness", "label": "Ethnicity completeness (%)", "type": "Number" },
        { "id": "verdict", "label": "Data-quality verdict", "type": "Category", "categories": ["Fit", "FitWithCaveats", "NotFit"] },
        { "id": "gap", "label": "A significant gap between groups", "type": "Boolean" }
      ],
      "sections": [
        { "id": "data", "title": "Data", "description": "What the data show.",
          "items": [
            { "id": "q1", "prompt": "Are outcomes broken down by ethnic group?", "answer_type": "Grade",
              "guidance": "Look for tables by ethnic group.", "weight": 2,
              "source": { "document": "eeic-nihr-report-2013", "location": "lines 3141-3155" }, "provenance": "Inferred" },
            { "id": "q2", "prompt": "Is data quality acknowledged?", "answer_type": "YesPartlyNo",
              "source": { "document": "eeic-nihr-report-2013", "location": "line 3150" }, "provenance": "Inferred" },
            { "id": "q3", "prompt": "How many groups are reported?", "answer_type": "Number",
              "source": { "document": "local-strategy", "location": "" }, "provenance": "FromSource" },
            { "id": "q7", "prompt": "Score on the 0-3 scale", "answer_type": "Grade", "scale": "zero-three", "weight": 0.5,
              "source": { "document": "nhs-eds-2022", "location": "domain 1" }, "provenance": "ExternalStandard" }
          ] },
        { "id": "action", "title": "Action",
          "items": [
            { "id": "q4", "prompt": "How specific are the recommendations?", "answer_type": "Choice",
              "choices": [ { "id": "none", "label": "None", "score": 0 }, { "id": "generic", "label": "Generic", "score": 1 }, { "id": "specific", "label": "Specific and owned", "score": 2 } ],
              "source": { "document": "eeic-nihr-report-2013", "location": "line 3153" }, "provenance": "Inferred" },
            { "id": "q5", "prompt": "Quote the main recommendation.", "answer_type": "Text",
              "source": { "document": "eeic-nihr-report-2013", "location": "line 3153" }, "provenance": "Inferred" },
            { "id": "q6", "prompt": "Who owns the actions?", "answer_type": "EntityList",
              "applicable_when": { "not": { "item": "q4", "equals": "none" } },
              "source": { "document": "eeic-nihr-report-2013", "location": "lines 2292-2298" }, "provenance": "Inferred" }
          ] }
      ],
      "rules": [
        { "id": "q1-weak", "when": { "item": "q1", "at_most": "red" }, "severity": "High", "message": "Outcomes are not broken down by ethnic group.",
          "sources": [ { "document": "eeic-nihr-report-2013", "location": "line 1808" } ], "actions": ["break-down"] },
        { "id": "q1-amber", "when": { "item": "q1", "equals": "amber" }, "severity": "Medium", "message": "Outcomes are only partly broken down.", "actions": ["break-down"] },
        { "id": "claims-vs-data", "when": { "all": [ { "item": "q1", "in": ["green", "amber"] }, { "fact": "verdict", "equals": "NotFit" } ] },
          "severity": "High", "message": "The breakdown rests on data not fit for use.", "items": ["q1"], "actions": ["improve-recording", "break-down"] },
        { "id": "low-completeness", "when": { "fact": "completeness", "below": 90 }, "severity": "Medium", "message": "Ethnicity completeness is below 90%.", "actions": ["improve-recording"] },
        { "id": "gap-no-action", "when": { "all": [ { "fact": "gap", "equals": true }, { "item": "q4", "in": ["none", "generic"] } ] },
          "severity": "High", "message": "A significant gap but no specific action.", "actions": ["make-case"] },
        { "id": "data-weak", "when": { "section": "data", "below": 50 }, "severity": "Low", "message": "The data section scores below 50%." },
        { "id": "no-owners", "when": { "item": "q6", "at_most": 0 }, "severity": "Medium", "message": "No one owns the actions." },
        { "id": "q5-missing", "when": { "item": "q5", "missing": true }, "severity": "Information", "message": "No recommendation quoted." },
        { "id": "q2-no", "when": { "item": "q2", "at_most": "No" }, "severity": "Medium", "message": "Data quality is not acknowledged.", "actions": ["improve-recording"] },
        { "id": "few-groups", "when": { "item": "q3", "below": 5 }, "severity": "Low", "message": "Fewer than five groups are reported." }
      ],
      "actions": [
        { "id": "make-case", "text": "Make the case for acting on the gap.", "tools": ["making-the-case"] },
        { "id": "break-down", "text": "Break outcomes down by ethnic group.", "guidance": ["PHE Fingertips"] },
        { "id": "improve-recording", "text": "Improve the recording of ethnicity.", "tools": ["evidence-mobilisation"] }
      ],
      "links": [
        { "tool": "evidence-appraisal", "reason": "Appraise the evidence found." },
        { "tool": "stakeholder-analysis", "reason": "Map who owns the actions.", "when": { "item": "q4", "equals": "specific" } }
      ]
    }
    """;

    public static JsonObject Node() => JsonNode.Parse(Json)!.AsObject();
}
