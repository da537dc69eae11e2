package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"path"
	"sort"
	"strings"
	"text/template"

	"github.com/Masterminds/sprig"
	"gopkg.in/yaml.v3"
)

// funcMap is sprig's text functions plus Helm's own, minus the ones Helm removes (env, expandenv).
func funcMap(t *template.Template) template.FuncMap {
	f := sprig.TxtFuncMap()
	delete(f, "env")
	delete(f, "expandenv")
	includeDepth := map[string]int{}
	f["include"] = func(name string, data interface{}) (string, error) {
		if includeDepth[name] > 1000 {
			return "", fmt.Errorf("include %q: recursion too deep", name)
		}
		includeDepth[name]++
		defer func() { includeDepth[name]-- }()
		var buf bytes.Buffer
		if err := t.ExecuteTemplate(&buf, name, data); err != nil {
			return "", err
		}
		return buf.String(), nil
	}
	f["tpl"] = func(text string, data interface{}) (string, error) {
		clone, err := t.Clone()
		if err != nil {
			return "", err
		}
		parsed, err := clone.New("tpl").Parse(text)
		if err != nil {
			return "", fmt.Errorf("tpl: %w", err)
		}
		var buf bytes.Buffer
		if err := parsed.Execute(&buf, data); err != nil {
			return "", fmt.Errorf("tpl: %w", err)
		}
		return strings.ReplaceAll(buf.String(), "<no value>", ""), nil
	}
	f["required"] = func(message string, value interface{}) (interface{}, error) {
		if value == nil {
			return nil, fmt.Errorf("%s", message)
		}
		if s, ok := value.(string); ok && s == "" {
			return nil, fmt.Errorf("%s", message)
		}
		return value, nil
	}
	f["fail"] = func(message string) (string, error) { return "", fmt.Errorf("%s", message) }
	f["toYaml"] = toYaml
	f["fromYaml"] = func(s string) map[string]interface{} {
		m := map[string]interface{}{}
		if err := yaml.Unmarshal([]byte(s), &m); err != nil {
			m["Error"] = err.Error()
		}
		return m
	}
	f["toJson"] = func(v interface{}) string {
		data, err := json.Marshal(v)
		if err != nil {
			return ""
		}
		return string(data)
	}
	f["fromJson"] = func(s string) map[string]interface{} {
		m := map[string]interface{}{}
		if err := json.Unmarshal([]byte(s), &m); err != nil {
			m["Error"] = err.Error()
		}
		return m
	}
	// Like helm template: no cluster, so lookup finds nothing.
	f["lookup"] = func(string, string, string, string) map[string]interface{} { return map[string]interface{}{} }
	return f
}

// toYaml encodes with a two-space indent and no trailing newline, as Helm's toYaml does.
func toYaml(v interface{}) string {
	var buf bytes.Buffer
	enc := yaml.NewEncoder(&buf)
	enc.SetIndent(2)
	if err := enc.Encode(v); err != nil {
		return ""
	}
	enc.Close()
	return strings.TrimSuffix(buf.String(), "\n")
}

// capabilities is .Capabilities: the API versions the (imaginary) cluster serves and its version.
type capabilities struct {
	APIVersions versionSet
	KubeVersion map[string]interface{}
}

type versionSet []string

// Has reports whether the cluster serves a group/version or a group/version/Kind.
func (v versionSet) Has(apiVersion string) bool {
	for _, x := range v {
		if x == apiVersion {
			return true
		}
	}
	return false
}

func defaultAPIVersions() []string {
	return []string{
		"v1", "apps/v1", "batch/v1", "policy/v1", "rbac.authorization.k8s.io/v1", "coordination.k8s.io/v1",
		"events.k8s.io/v1", "networking.k8s.io/v1", "apiextensions.k8s.io/v1", "autoscaling/v2",
	}
}

// files is .Files: the chart's non-template files by slash path.
type files map[string][]byte

// Get returns a file's text, or "" when the chart has no such file.
func (f files) Get(name string) string { return string(f[name]) }

// GetBytes returns a file's bytes.
func (f files) GetBytes(name string) []byte { return f[name] }

// Glob returns the files whose path matches a shell pattern (path.Match syntax).
func (f files) Glob(pattern string) files {
	result := files{}
	for name, data := range f {
		if ok, _ := path.Match(pattern, name); ok {
			result[name] = data
		}
	}
	return result
}

// AsConfig renders the files as ConfigMap data: base name to content.
func (f files) AsConfig() string {
	m := map[string]string{}
	for name, data := range f {
		m[path.Base(name)] = string(data)
	}
	return toYaml(m)
}

// Names lists the paths in order.
func (f files) Names() []string {
	names := make([]string, 0, len(f))
	for name := range f {
		names = append(names, name)
	}
	sort.Strings(names)
	return names
}
