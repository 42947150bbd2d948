import { BuilderElement, XmlAttributeComponent, XmlComponent } from 'docx';

class SpaceAttribute extends XmlAttributeComponent<{ space: 'preserve' }> {
  protected override readonly xmlKeys = { space: 'xml:space' };
}

/** `w:instrText`: the code of a complex field, e.g. `TOC \o "1-2" \h`. */
class InstructionText extends XmlComponent {
  constructor(code: string) {
    super('w:instrText');
    this.root.push(new SpaceAttribute({ space: 'preserve' }));
    this.root.push(` ${code} `);
  }
}

function fieldChar(type: 'begin' | 'separate' | 'end'): XmlComponent {
  return new BuilderElement<{ type: string }>({ name: 'w:fldChar', attributes: { type: { key: 'w:fldCharType', value: type } } });
}

/**
 * The pieces of a complex field, to be put in runs: begin + code + separate, then the result runs, then end.
 * A field can span paragraphs (a TOC does), which docx's own field helpers cannot.
 */
export const field = {
  begin: (code: string): XmlComponent[] => [fieldChar('begin'), new InstructionText(code), fieldChar('separate')],
  end: (): XmlComponent => fieldChar('end'),
};
