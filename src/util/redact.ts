/** Replaces every registered secret value in text. Short values are ignored (they would mask ordinary words). */
export class Redactor {
  private readonly values = new Set<string>();

  add(value: string): void {
    if (value.length >= 4) this.values.add(value);
  }

  redact(text: string): string {
    let out = text;
    for (const value of this.values) out = out.split(value).join('***');
    return out;
  }
}
