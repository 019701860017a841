#!/usr/bin/env python3
"""Turns upstream CustomResourceDefinition files into the compact schemas committed here.

Keeps each served version's openAPIV3Schema without descriptions and without `status`
(we never write status), so that the tests can validate our custom resources offline.
Usage: extract-crd-schemas.py CRD.yaml... (writes <group>_<kind>_<version>.json beside this script)
"""
import json, os, sys, yaml

def strip(node, names=False):
    """Drops the 'description' annotations; under 'properties' the keys are field names, kept all."""
    if isinstance(node, dict):
        return {k: strip(v, k == "properties" and not names) for k, v in node.items()
                if names or k != "description"}
    if isinstance(node, list):
        return [strip(v) for v in node]
    return node

here = os.path.dirname(os.path.abspath(__file__))
for path in sys.argv[1:]:
    for doc in yaml.safe_load_all(open(path)):
        if not doc or doc.get("kind") != "CustomResourceDefinition":
            continue
        spec = doc["spec"]
        for version in spec["versions"]:
            if not version.get("served"):
                continue
            schema = strip(version["schema"]["openAPIV3Schema"])
            schema.get("properties", {}).pop("status", None)
            name = f'{spec["group"]}_{spec["names"]["kind"]}_{version["name"]}.json'
            with open(os.path.join(here, name), "w") as out:
                json.dump(schema, out, separators=(",", ":"), sort_keys=True)
                out.write("\n")
            print(name)
