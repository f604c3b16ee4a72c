#!/usr/bin/env python3
"""Extracts, from VTEX's public OpenAPI descriptions (github.com/vtex/openapi-schemas), the request fields of the
endpoints the SDK calls: docs/schemas/vtex/VtexRequests.tsv. The fake VTEX checks request bodies by this table, never
by the client's classes. Usage: build/extract-vtex-schemas.py <path to a checkout of vtex/openapi-schemas> <commit>"""
import json, sys, os

ENDPOINTS = [
    ("VTEX - Catalog API.json", "post", "/api/catalog/pvt/category", None),
    ("VTEX - Catalog API.json", "put", "/api/catalog/pvt/category/{categoryId}", None),
    ("VTEX - Catalog API.json", "post", "/api/catalog/pvt/brand", None),
    ("VTEX - Catalog API.json", "post", "/api/catalog/pvt/product", "Associating it to an existing category and brand"),
    ("VTEX - Catalog API.json", "put", "/api/catalog/pvt/product/{productId}", None),
    ("VTEX - Catalog API.json", "post", "/api/catalog/pvt/stockkeepingunit", None),
    ("VTEX - Catalog API.json", "put", "/api/catalog/pvt/stockkeepingunit/{skuId}", None),
    ("VTEX - Catalog API.json", "put", "/api/catalog/pvt/stockkeepingunit/{skuId}/specificationvalue", None),
    ("VTEX - Pricing API.json", "put", "/pricing/prices/{itemId}", None),
    ("VTEX - Logistics API.json", "put", "/api/logistics/pvt/inventory/skus/{skuId}/warehouses/{warehouseId}", None),
    ("VTEX - Orders API.json", "post", "/api/orders/feed", None),
    ("VTEX - Orders API.json", "post", "/api/oms/pvt/orders/{orderId}/invoice", None),
    ("VTEX - Orders API.json", "post", "/api/oms/pvt/orders/{orderId}/cancel", None),
]

def resolve(doc, schema):
    while isinstance(schema, dict) and "$ref" in schema:
        schema = doc["components"]["schemas"][schema["$ref"].split("/")[-1]]
    return schema

def main(root, commit):
    rows = []
    for file, method, path, alternative in ENDPOINTS:
        doc = json.load(open(os.path.join(root, file), encoding="utf-8"))
        body = doc["paths"][path][method]["requestBody"]["content"]["application/json"]["schema"]
        body = resolve(doc, body)
        if "anyOf" in body or "oneOf" in body:
            options = [resolve(doc, s) for s in body.get("anyOf", body.get("oneOf"))]
            body = next(s for s in options if s.get("title") == alternative) if alternative else options[0]
        required = set(body.get("required") or [])
        for name, prop in (body.get("properties") or {}).items():
            prop = resolve(doc, prop)
            rows.append((method.upper(), path, name, prop.get("type", "object"), "true" if name in required else "false"))
    out = os.path.join(os.path.dirname(__file__), "..", "docs", "schemas", "vtex", "VtexRequests.tsv")
    with open(out, "w", encoding="utf-8", newline="\n") as f:
        f.write(f"# VTEX's request fields, from github.com/vtex/openapi-schemas at {commit} (build/extract-vtex-schemas.py)\n")
        f.write("method\tpath\tfield\tjson_type\trequired\n")
        for row in rows:
            f.write("\t".join(row) + "\n")
    print(f"{len(rows)} fields written to {os.path.normpath(out)}")

main(sys.argv[1], sys.argv[2])
