import { ApiProperty } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsArray, IsBoolean, IsIn, IsObject, IsString, ValidateNested } from 'class-validator';
import { OccurredAtDto } from '@rtop/http';
import { VOTES, Vote } from '../case/draft';

export class ClassifyDraftDto {
  @ApiProperty({
    description:
      'The Council’s decision whether the draft is procedural. A procedural draft passes on nine votes in favour and cannot be vetoed (Art. 27(2)); a Uniting for Peace call must be procedural (422 otherwise).',
  })
  @IsBoolean()
  procedural!: boolean;
}

export class CouncilMemberDto {
  @ApiProperty({ example: 'member-state:FRA', description: 'A member state, member-state:<ISO 3166-1 alpha-3>.' })
  @IsString()
  state!: string;

  @ApiProperty({
    description: 'A permanent member; exactly CHN, FRA, RUS, GBR and USA are (Art. 23(1)), anything else is refused with 400.',
  })
  @IsBoolean()
  permanent!: boolean;
}

export class PutDraftToVoteDto extends OccurredAtDto {
  @ApiProperty({
    type: [CouncilMemberDto],
    description:
      'The fifteen members sitting for this vote: the five permanent members and the ten elected for the current term. Elected seats change every January, so the composition is stated with each vote and kept with it.',
  })
  @IsArray()
  @ValidateNested({ each: true })
  @Type(() => CouncilMemberDto)
  @IsObject({ each: true })
  members!: CouncilMemberDto[];
}

export class CastVoteDto extends OccurredAtDto {
  @ApiProperty({
    example: 'member-state:FRA',
    description: 'The member whose vote the Council records; one vote per member (422 for a second one or for a state not sitting).',
  })
  @IsString()
  member!: string;

  @ApiProperty({
    enum: VOTES,
    description: 'Abstention is not a veto; a member that does not vote before the close is recorded absent, which is not a veto either.',
  })
  @IsIn(VOTES)
  vote!: Vote;
}
