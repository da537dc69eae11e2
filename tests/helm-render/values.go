package main

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"gopkg.in/yaml.v3"
)

// loadValues reads the chart's values.yaml, merges each -f file over it and then each --set, as Helm does.
func loadValues(chartDir string, valueFiles, sets []string) (map[string]interface{}, error) {
	values, err := readValues(filepath.Join(chartDir, "values.yaml"))
	if err != nil {
		return nil, err
	}
	for _, f := range valueFiles {
		override, err := readValues(f)
		if err != nil {
			return nil, err
		}
		values = merge(values, override)
	}
	for _, s := range sets {
		override, err := parseSet(s)
		if err != nil {
			return nil, err
		}
		values = merge(values, override)
	}
	return values, nil
}

func readValues(file string) (map[string]interface{}, error) {
	data, err := os.ReadFile(file)
	if err != nil {
		return nil, err
	}
	values := map[string]interface{}{}
	if err := yaml.Unmarshal(data, &values); err != nil {
		return nil, fmt.Errorf("%s: %w", file, err)
	}
	return values, nil
}

// merge deep-merges override into base: maps merge key by key, anything else replaces, and a null in the
// override deletes the key (Helm's way of unsetting a default).
func merge(base, override map[string]interface{}) map[string]interface{} {
	result := make(map[string]interface{}, len(base))
	for k, v := range base {
		result[k] = v
	}
	for k, v := range override {
		if v == nil {
			delete(result, k)
			continue
		}
		baseMap, baseIsMap := result[k].(map[string]interface{})
		overMap, overIsMap := v.(map[string]interface{})
		if baseIsMap && overIsMap {
			result[k] = merge(baseMap, overMap)
		} else {
			result[k] = v
		}
	}
	return result
}

// parseSet turns "a.b.c=value" into {a: {b: {c: value}}}; the value is read as a YAML scalar or flow
// collection, so true, 3, null and [x, y] get their types.
func parseSet(s string) (map[string]interface{}, error) {
	eq := strings.Index(s, "=")
	if eq <= 0 {
		return nil, fmt.Errorf("--set %q: expected key=value", s)
	}
	var value interface{}
	if err := yaml.Unmarshal([]byte(s[eq+1:]), &value); err != nil {
		value = s[eq+1:]
	}
	keys := strings.Split(s[:eq], ".")
	result := map[string]interface{}{keys[len(keys)-1]: value}
	for i := len(keys) - 2; i >= 0; i-- {
		result = map[string]interface{}{keys[i]: result}
	}
	return result, nil
}
