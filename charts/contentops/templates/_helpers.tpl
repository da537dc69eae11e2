{{/* Chart name, truncated to the 63 characters a label value allows. */}}
{{- define "contentops.name" -}}
{{- default .Chart.Name .Values.nameOverride | trunc 63 | trimSuffix "-" }}
{{- end }}

{{/* Full name of the release's objects: the release name, plus the chart name unless it already contains it. */}}
{{- define "contentops.fullname" -}}
{{- if .Values.fullnameOverride }}
{{- .Values.fullnameOverride | trunc 63 | trimSuffix "-" }}
{{- else }}
{{- $name := default .Chart.Name .Values.nameOverride }}
{{- if contains $name .Release.Name }}
{{- .Release.Name | trunc 63 | trimSuffix "-" }}
{{- else }}
{{- printf "%s-%s" .Release.Name $name | trunc 63 | trimSuffix "-" }}
{{- end }}
{{- end }}
{{- end }}

{{- define "contentops.chart" -}}
{{- printf "%s-%s" .Chart.Name .Chart.Version | replace "+" "_" | trunc 63 | trimSuffix "-" }}
{{- end }}

{{- define "contentops.labels" -}}
{{ include "contentops.baseLabels" . }}
app.kubernetes.io/component: operator
{{- end }}

{{- define "contentops.inference.labels" -}}
{{ include "contentops.baseLabels" . }}
app.kubernetes.io/component: inference
{{- end }}

{{- define "contentops.baseLabels" -}}
helm.sh/chart: {{ include "contentops.chart" . }}
app.kubernetes.io/name: {{ include "contentops.name" . }}
app.kubernetes.io/instance: {{ .Release.Name }}
app.kubernetes.io/version: {{ .Chart.AppVersion | quote }}
app.kubernetes.io/managed-by: {{ .Release.Service }}
app.kubernetes.io/part-of: contentops
{{- end }}

{{/* Selects the operator pods (the inference pods carry component: inference instead). */}}
{{- define "contentops.selectorLabels" -}}
app.kubernetes.io/name: {{ include "contentops.name" . }}
app.kubernetes.io/instance: {{ .Release.Name }}
app.kubernetes.io/component: operator
{{- end }}

{{- define "contentops.inference.selectorLabels" -}}
app.kubernetes.io/name: {{ include "contentops.name" . }}
app.kubernetes.io/instance: {{ .Release.Name }}
app.kubernetes.io/component: inference
{{- end }}

{{- define "contentops.serviceAccountName" -}}
{{- if .Values.serviceAccount.create }}
{{- default (include "contentops.fullname" .) .Values.serviceAccount.name }}
{{- else }}
{{- required "serviceAccount.name is required when serviceAccount.create is false" .Values.serviceAccount.name }}
{{- end }}
{{- end }}

{{- define "contentops.image" -}}
{{- if .Values.image.digest }}
{{- printf "%s@%s" .Values.image.repository .Values.image.digest }}
{{- else }}
{{- printf "%s:%s" .Values.image.repository (default .Chart.AppVersion .Values.image.tag) }}
{{- end }}
{{- end }}

{{- define "contentops.inference.fullname" -}}
{{- printf "%s-inference" (include "contentops.fullname" .) | trunc 63 | trimSuffix "-" }}
{{- end }}

{{- define "contentops.inference.servedModelName" -}}
{{- default .Values.inference.model .Values.inference.servedModelName }}
{{- end }}

{{/* The LLM endpoint the operator uses: llm.endpoint, else the in-chart inference Service, else none. */}}
{{- define "contentops.llmEndpoint" -}}
{{- if .Values.llm.endpoint }}
{{- .Values.llm.endpoint }}
{{- else if .Values.inference.enabled }}
{{- printf "http://%s.%s.svc:%v/v1" (include "contentops.inference.fullname" .) .Release.Namespace .Values.inference.port }}
{{- end }}
{{- end }}

{{- define "contentops.llmModel" -}}
{{- if .Values.llm.model }}
{{- .Values.llm.model }}
{{- else if and .Values.inference.enabled (not .Values.llm.endpoint) }}
{{- include "contentops.inference.servedModelName" . }}
{{- end }}
{{- end }}

{{- define "contentops.artifactsClaimName" -}}
{{- default (printf "%s-artifacts" (include "contentops.fullname" .)) .Values.artifacts.persistence.existingClaim }}
{{- end }}

{{- define "contentops.modelCacheClaimName" -}}
{{- default (printf "%s-model-cache" (include "contentops.inference.fullname" .)) .Values.inference.modelCache.persistence.existingClaim }}
{{- end }}

{{/*
The operator's permissions on the contentops.io kinds, shared by the ClusterRole (all namespaces) and the
per-namespace Roles. Read the 7 kinds; write only their status subresource; patch ContentPieces for the
contentops.io/withdraw finalizer in metadata (finalizers are not a subresource of their own for writes);
record Events.
*/}}
{{- define "contentops.resourceRules" -}}
- apiGroups: [contentops.io]
  resources: [approvals, audiences, campaigns, channeltargets, claimlibraries, contentpieces, knowledgesources, soppolicies]
  verbs: [get, list, watch]
- apiGroups: [contentops.io]
  resources: [approvals/status, audiences/status, campaigns/status, channeltargets/status, claimlibraries/status, contentpieces/status, knowledgesources/status, soppolicies/status]
  verbs: [update, patch]
- apiGroups: [contentops.io]
  resources: [contentpieces]
  verbs: [update, patch]
- apiGroups: [contentops.io]
  resources: [contentpieces/finalizers]
  verbs: [update]
- apiGroups: [events.k8s.io]
  resources: [events]
  verbs: [create, patch]
{{- end }}

{{/* Fails the render when two replicas would mount a ReadWriteOnce artifacts claim (the second pod would never start on another node). */}}
{{- define "contentops.validate" -}}
{{- $p := .Values.artifacts.persistence }}
{{- if and $p.enabled (not $p.existingClaim) (gt (int .Values.replicas) 1) (not (has "ReadWriteMany" $p.accessModes)) }}
{{- fail "artifacts.persistence.accessModes must include ReadWriteMany when replicas > 1 (both replicas mount the artifacts volume); or set replicas: 1, or artifacts.persistence.enabled: false" }}
{{- end }}
{{- if and (not .Values.leaderElection.enabled) (gt (int .Values.replicas) 1) }}
{{- fail "leaderElection.enabled must be true when replicas > 1: two replicas would reconcile at once" }}
{{- end }}
{{- end }}
