# Sourced by the lead's tools: the lead's folder and the shared data.
export DDX_LEAD_DIR="${DDX_LEAD_DIR:-/work/wt}"
export DDX_DATA="${DDX_DATA:-/work/shared/data}"
