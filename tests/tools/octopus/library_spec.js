// The checks the Octopus community step template library runs on every template it accepts,
// re-implemented from its jasmine spec (OctopusDeploy/Library, spec/step-template-validation-tests.js,
// commit 30d3967, 2026-08-14; its gulpfile runs `spec/*-tests.js` with jasmine-core 3.99), plus
// the conventions its SQL templates follow. Like that spec, it reads every `.json` in
// ./step-templates/ of the working directory; tests/integration/octopus_library_spec.sh puts our
// template there (and runs the library's own spec file too when one is given).
const fs = require("fs");
const dir = "./step-templates/";

function templates() {
  return fs
    .readdirSync(dir)
    .filter((f) => f.endsWith(".json"))
    .map((f) => {
      const text = fs.readFileSync(dir + f, "utf-8");
      // The library's spec reports a BOM as a likely cause of a parse failure: JSON.parse rejects it.
      return { file: f, text: text, template: JSON.parse(text) };
    });
}

describe("step template (Octopus Library rules)", function () {
  it("is found", function () {
    expect(templates().length).toBeGreaterThan(0);
  });

  it("has LastModifiedBy and $Meta.ExportedAt", function () {
    for (const { file, template } of templates()) {
      expect(typeof template.LastModifiedBy).withContext(file + " LastModifiedBy").not.toBe("undefined");
      expect(template.$Meta).withContext(file + " $Meta").toBeDefined();
      expect(typeof template.$Meta.ExportedAt).withContext(file + " $Meta.ExportedAt").not.toBe("undefined");
    }
  });

  it("has a Name of at most 200 characters", function () {
    for (const { file, template } of templates()) {
      expect(template.Name).withContext(file + " Name").toBeTruthy();
      expect(template.Name.length).withContext(file + " Name length").not.toBeGreaterThan(200);
    }
  });

  it("has an Id in the form of a GUID that is not a placeholder", function () {
    for (const { file, template } of templates()) {
      expect(template.Id).withContext(file + " Id").toBeTruthy();
      expect(/.{8}-.{4}-.{4}-.{4}-.{12}/.test(template.Id)).withContext(file + " Id " + template.Id).toBe(true);
      expect(["00000000-0000-0000-0000-000000000000", "abcdef00-ab00-cd00-ef00-000000abcdef"])
        .withContext(file + " Id")
        .not.toContain(template.Id);
    }
  });

  it("has a unique Name and Id", function () {
    const all = templates();
    const names = all.map((t) => t.template.Name);
    const ids = all.map((t) => t.template.Id);
    expect(new Set(names).size).toBe(names.length);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it("sets no package FeedId but null or a variable", function () {
    for (const { file, template } of templates()) {
      for (const pkg of template.Packages || []) {
        if (pkg.FeedId === undefined || pkg.FeedId === null) continue;
        expect(pkg.FeedId[0]).withContext(file + " package " + pkg.Name + " FeedId " + pkg.FeedId).toBe("#");
      }
    }
  });

  it("is UTF-8 without a BOM", function () {
    for (const { file } of templates()) {
      expect(fs.readFileSync(dir + file)[0]).withContext(file).not.toBe(0xef);
    }
  });

  // Conventions of the library's SQL Server templates (e.g. sql-execute-script.json,
  // sql-backup-database.json): the category that lists them, and a "SQL - Action" name, as 24 of them are named.
  it("is in the sql category with a 'Product - Action' name", function () {
    for (const { file, template } of templates()) {
      expect(template.Category).withContext(file + " Category").toBe("sql");
      expect(/^SQL - \S/.test(template.Name)).withContext(file + " Name " + template.Name).toBe(true);
      expect(template.$Meta.Type).withContext(file + " $Meta.Type").toBe("ActionTemplate");
      expect(typeof template.$Meta.OctopusVersion).withContext(file + " $Meta.OctopusVersion").toBe("string");
    }
  });

  it("declares every package as a Package parameter", function () {
    for (const { file, template } of templates()) {
      const parameters = new Map(template.Parameters.map((p) => [p.Name, p]));
      for (const pkg of template.Packages || []) {
        const parameter = parameters.get(pkg.Properties.PackageParameterName);
        expect(parameter).withContext(file + " package " + pkg.Name).toBeDefined();
        expect(parameter.DisplaySettings["Octopus.ControlType"]).withContext(file + " " + pkg.Name).toBe("Package");
        expect(pkg.Properties.SelectionMode).withContext(file + " " + pkg.Name).toBe("deferred");
      }
    }
  });
});
