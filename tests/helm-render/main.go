// Command helm-render renders a Helm chart the way `helm template` does, without Helm: Go's text/template
// with sprig (the engine Helm is built on) plus Helm's own functions (include, tpl, required, toYaml,
// fromYaml, toJson, fromJson, lookup) and objects (.Values, .Release, .Chart, .Capabilities, .Files).
// It writes a multi-document YAML stream to stdout, each document headed by "# Source: <chart>/<template>".
//
// Build (Debian packages golang-go, golang-github-masterminds-sprig-dev, golang-gopkg-yaml.v3-dev):
//
//	GO111MODULE=off GOPATH=/usr/share/gocode go build -o /tmp/helm-render ./tests/helm-render
//
// Usage:
//
//	helm-render [-f values.yaml]... [--set a.b=v]... [--name R] [--namespace NS]
//	            [--api-versions group/version[/Kind]]... [--include-crds] [--notes] CHART_DIR
package main

import (
	"bytes"
	"flag"
	"fmt"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"sort"
	"strings"
	"text/template"

	"gopkg.in/yaml.v3"
)

type repeated []string

func (r *repeated) String() string     { return strings.Join(*r, ",") }
func (r *repeated) Set(v string) error { *r = append(*r, v); return nil }

func main() {
	var valueFiles, sets, apiVersions repeated
	name := flag.String("name", "contentops", "release name")
	namespace := flag.String("namespace", "default", "release namespace")
	includeCrds := flag.Bool("include-crds", false, "also print the chart's crds/ files, as helm template --include-crds")
	notes := flag.Bool("notes", false, "print the rendered NOTES.txt to stderr")
	flag.Var(&valueFiles, "f", "values file merged over the chart's values.yaml (repeatable)")
	flag.Var(&sets, "set", "a.b.c=value override, value parsed as a YAML scalar (repeatable)")
	flag.Var(&apiVersions, "api-versions", "API version the cluster serves, for .Capabilities.APIVersions.Has (repeatable)")
	flag.Parse()
	if flag.NArg() != 1 {
		fmt.Fprintln(os.Stderr, "usage: helm-render [flags] CHART_DIR")
		os.Exit(2)
	}

	out, notesText, err := render(flag.Arg(0), *name, *namespace, valueFiles, sets, apiVersions, *includeCrds)
	if err != nil {
		fmt.Fprintln(os.Stderr, "Error:", err)
		os.Exit(1)
	}
	os.Stdout.WriteString(out)
	if *notes {
		os.Stderr.WriteString(notesText)
	}
}

func render(chartDir, name, namespace string, valueFiles, sets, apiVersions []string, includeCrds bool) (string, string, error) {
	chart, err := loadChart(chartDir)
	if err != nil {
		return "", "", err
	}
	values, err := loadValues(chartDir, valueFiles, sets)
	if err != nil {
		return "", "", err
	}
	files, err := loadFiles(chartDir)
	if err != nil {
		return "", "", err
	}

	root := map[string]interface{}{
		"Values": values,
		"Chart":  chart,
		"Files":  files,
		"Release": map[string]interface{}{
			"Name": name, "Namespace": namespace, "Service": "Helm",
			"IsInstall": true, "IsUpgrade": false, "Revision": 1,
		},
		"Capabilities": capabilities{
			APIVersions: versionSet(append(defaultAPIVersions(), apiVersions...)),
			KubeVersion: map[string]interface{}{"Version": "v1.30.0", "Major": "1", "Minor": "30", "GitVersion": "v1.30.0"},
		},
	}

	tpl, names, err := parseTemplates(chartDir, chart["Name"].(string))
	if err != nil {
		return "", "", err
	}

	var out strings.Builder
	if includeCrds {
		if err := writeCrds(&out, chartDir, chart["Name"].(string)); err != nil {
			return "", "", err
		}
	}
	notes := ""
	for _, n := range names {
		base := path.Base(n)
		if strings.HasPrefix(base, "_") {
			continue
		}
		text, err := execute(tpl, n, withTemplate(root, n))
		if err != nil {
			return "", "", err
		}
		if base == "NOTES.txt" {
			notes = text
			continue
		}
		for _, doc := range splitDocuments(text) {
			fmt.Fprintf(&out, "---\n# Source: %s\n%s\n", n, doc)
		}
	}
	return out.String(), notes, nil
}

// withTemplate adds .Template (Name, BasePath) as Helm does for each file.
func withTemplate(root map[string]interface{}, name string) map[string]interface{} {
	copy := make(map[string]interface{}, len(root)+1)
	for k, v := range root {
		copy[k] = v
	}
	copy["Template"] = map[string]interface{}{"Name": name, "BasePath": path.Join(path.Dir(name))}
	return copy
}

func execute(t *template.Template, name string, data interface{}) (string, error) {
	var buf bytes.Buffer
	if err := t.ExecuteTemplate(&buf, name, data); err != nil {
		return "", err
	}
	// Helm renders missing values with missingkey=zero and then drops the "<no value>" marker.
	return strings.ReplaceAll(buf.String(), "<no value>", ""), nil
}

func splitDocuments(text string) []string {
	var docs []string
	for _, part := range strings.Split("\n"+text, "\n---") {
		trimmed := strings.TrimSpace(part)
		if trimmed == "" || onlyComments(trimmed) {
			continue
		}
		docs = append(docs, strings.TrimRight(strings.TrimLeft(part, "\n"), " \n"))
	}
	return docs
}

func onlyComments(doc string) bool {
	for _, line := range strings.Split(doc, "\n") {
		l := strings.TrimSpace(line)
		if l != "" && !strings.HasPrefix(l, "#") {
			return false
		}
	}
	return true
}

func writeCrds(out *strings.Builder, chartDir, chartName string) error {
	paths, _ := filepath.Glob(filepath.Join(chartDir, "crds", "*.yaml"))
	sort.Strings(paths)
	for _, p := range paths {
		data, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		for _, doc := range splitDocuments(string(data)) {
			fmt.Fprintf(out, "---\n# Source: %s/crds/%s\n%s\n", chartName, filepath.Base(p), doc)
		}
	}
	return nil
}

func parseTemplates(chartDir, chartName string) (*template.Template, []string, error) {
	t := template.New("gotpl").Option("missingkey=zero")
	t.Funcs(funcMap(t))
	var names []string
	dir := filepath.Join(chartDir, "templates")
	err := filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		ext := filepath.Ext(p)
		if ext != ".yaml" && ext != ".yml" && ext != ".tpl" && ext != ".txt" {
			return nil
		}
		rel, _ := filepath.Rel(chartDir, p)
		n := path.Join(chartName, filepath.ToSlash(rel))
		data, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		if _, err := t.New(n).Parse(string(data)); err != nil {
			return err
		}
		names = append(names, n)
		return nil
	})
	sort.Strings(names)
	return t, names, err
}

func loadChart(chartDir string) (map[string]interface{}, error) {
	data, err := os.ReadFile(filepath.Join(chartDir, "Chart.yaml"))
	if err != nil {
		return nil, err
	}
	var raw map[string]interface{}
	if err := yaml.Unmarshal(data, &raw); err != nil {
		return nil, fmt.Errorf("Chart.yaml: %w", err)
	}
	// Helm exposes Chart.yaml fields with capitalised names (.Chart.Name, .Chart.AppVersion).
	chart := map[string]interface{}{}
	for k, v := range raw {
		chart[strings.ToUpper(k[:1])+k[1:]] = v
	}
	if _, ok := chart["Name"].(string); !ok {
		return nil, fmt.Errorf("Chart.yaml: name is required")
	}
	return chart, nil
}

// loadFiles reads every non-template file of the chart for .Files.Get and .Files.Glob.
func loadFiles(chartDir string) (files, error) {
	result := files{}
	err := filepath.WalkDir(chartDir, func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		rel, _ := filepath.Rel(chartDir, p)
		rel = filepath.ToSlash(rel)
		if strings.HasPrefix(rel, "templates/") || rel == "values.yaml" || rel == "Chart.yaml" {
			return nil
		}
		data, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		result[rel] = data
		return nil
	})
	return result, err
}
